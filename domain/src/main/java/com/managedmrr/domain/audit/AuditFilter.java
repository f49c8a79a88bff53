package com.managedmrr.domain.audit;

import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which entries of a partner's audit trail to read. Every part is optional; an entry must match each part given. The
 * parts are judged on the entry as the partner sees it ({@link AuditEntry#asSeenBy}): an effect on another partner's
 * accounts, or another partner's admin, never makes an entry match.
 *
 * <ul>
 *   <li>{@code action}: the entry records that kind of command;</li>
 *   <li>{@code hubId}: the entry names that client account, or (a partner user added or removed, which names no
 *       client account of its own) one of its effects names it as a word;</li>
 *   <li>{@code email}: the entry names that user, or one of its effects names the e-mail as a word;</li>
 *   <li>{@code from} (inclusive) and {@code to} (exclusive): the entry's instant;</li>
 *   <li>{@code search}: case-insensitively, a part of an effect's text, of the entry's user or client account (its
 *       e-mail or Hub ID, or their names), or of the partner's own admin who issued it.</li>
 * </ul>
 */
public record AuditFilter(Optional<AuditAction> action, Optional<HubId> hubId, Optional<Email> email,
                          Optional<Instant> from, Optional<Instant> to, Optional<String> search) {

    public static final int MAX_SEARCH_LENGTH = 200;
    public static final AuditFilter NONE = new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    public AuditFilter {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(hubId, "hubId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        search = Objects.requireNonNull(search, "search").map(String::strip).filter(text -> !text.isEmpty());
        if (search.isPresent() && search.get().length() > MAX_SEARCH_LENGTH) {
            throw new IllegalArgumentException("a search is at most " + MAX_SEARCH_LENGTH + " characters");
        }
    }

    /**
     * Whether the entry, as {@code viewer} sees it, matches.
     *
     * @param clientName the name of the entry's client account, when it names one that exists
     * @param userName   the name of the entry's user in the viewer's partner account, when there is one
     */
    public boolean matches(PartnerId viewer, AuditEntry recorded, Optional<String> clientName,
                           Optional<String> userName) {
        AuditEntry entry = recorded.asSeenBy(viewer);
        return action.map(wanted -> entry.action() == wanted).orElse(true)
                && hubId.map(wanted -> namesClient(entry, wanted)).orElse(true)
                && email.map(wanted -> namesUser(entry, wanted)).orElse(true)
                && from.map(start -> !entry.at().isBefore(start)).orElse(true)
                && to.map(end -> entry.at().isBefore(end)).orElse(true)
                && search.map(text -> contains(entry, text.toLowerCase(Locale.ROOT), clientName, userName))
                        .orElse(true);
    }

    private static boolean namesClient(AuditEntry entry, HubId hubId) {
        if (entry.hubId().isPresent()) {
            return entry.hubId().get().equals(hubId);
        }
        boolean namesNoClient = entry.action() == AuditAction.PARTNER_USER_UPSERTED
                || entry.action() == AuditAction.PARTNER_USER_REMOVED;
        return namesNoClient && entry.effects().stream().anyMatch(effect -> hasWord(effect.text(), hubId.toString()));
    }

    private static boolean namesUser(AuditEntry entry, Email email) {
        return entry.email().map(email::equals).orElse(false)
                || entry.effects().stream().anyMatch(effect -> hasWord(effect.text(), email.value()));
    }

    /** Whether the text holds the word, between spaces or the text's ends. */
    static boolean hasWord(String text, String word) {
        return (" " + text + " ").contains(" " + word + " ");
    }

    private static boolean contains(AuditEntry entry, String text, Optional<String> clientName,
                                    Optional<String> userName) {
        return entry.effects().stream().anyMatch(effect -> lower(effect.text()).contains(text))
                || entry.email().map(email -> email.value().contains(text)).orElse(false)
                || entry.hubId().map(hubId -> hubId.toString().contains(text)).orElse(false)
                || clientName.map(name -> lower(name).contains(text)).orElse(false)
                || userName.map(name -> lower(name).contains(text)).orElse(false)
                || entry.actor().email().map(email -> email.value().contains(text)).orElse(false);
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}

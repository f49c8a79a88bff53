package com.managedmrr.domain.access;

import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a command's snapshot ({@link AccessSnapshot}) must hold: the partner and client accounts it names, the e-mails
 * it concerns, and the client accounts whose seats, assignments and pending activities matter to it.
 *
 * @param partnerId       the partner the command names, if any
 * @param hubIds          the client accounts the command names
 * @param emails          the e-mails the command names
 * @param clientsOfEmails whether the client accounts where the e-mails have a seat, or an assignment in the named
 *                        partner, matter too (a change to a partner user)
 * @param tool            a tool whose pending activities, in every client account, matter (a catalogue change)
 * @param pendingFrom     the command's instant: activities dated at or after it are pending (docs/rules.md §4.4)
 * @param assets          whether the assets of the e-mails' activities in the named client accounts are wanted
 */
public record AccessScope(Optional<PartnerId> partnerId, Set<HubId> hubIds, Set<Email> emails,
                          boolean clientsOfEmails, Optional<String> tool, Instant pendingFrom, boolean assets) {

    public AccessScope {
        Objects.requireNonNull(partnerId, "partnerId");
        hubIds = Set.copyOf(hubIds);
        emails = Set.copyOf(emails);
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(pendingFrom, "pendingFrom");
    }

    /** A command on one client account: the partner (null for the client account's own change) and the e-mails. */
    public static AccessScope ofClient(PartnerId partnerId, HubId hubId, Collection<Email> emails, Instant now) {
        return new AccessScope(Optional.ofNullable(partnerId), Set.of(hubId), Set.copyOf(emails), false,
                Optional.empty(), now, false);
    }

    public static AccessScope ofClient(PartnerId partnerId, HubId hubId, Email email, Instant now) {
        return ofClient(partnerId, hubId, List.of(email), now);
    }

    /** A change to a partner user: every client account where the e-mail has a seat, or an assignment there. */
    public static AccessScope ofPartnerUser(PartnerId partnerId, Email email, Instant now) {
        return new AccessScope(Optional.of(partnerId), Set.of(), Set.of(email), true, Optional.empty(), now, false);
    }

    /** A change to a tool's qualifying actions: its pending activities in every client account. */
    public static AccessScope ofTool(String tool, Instant now) {
        return new AccessScope(Optional.empty(), Set.of(), Set.of(), false, Optional.of(tool), now, false);
    }

    /** The same scope, with the assets of the e-mails' activities in the named client accounts. */
    public AccessScope withAssets() {
        return new AccessScope(partnerId, hubIds, emails, clientsOfEmails, tool, pendingFrom, true);
    }

    /** The named client accounts in order (for a store's parameters). */
    public List<HubId> sortedHubIds() {
        return List.copyOf(new TreeSet<>(hubIds));
    }
}

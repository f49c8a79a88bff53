package com.managedmrr.web.ui.access;

import com.managedmrr.web.ui.PathParams;
import io.vertx.core.MultiMap;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Link clients, as sent: one field in which the admin picks one of their clients by name (the list suggests
 * "Name (Hub ID)") or types any Hub ID.
 */
public record LinkClientForm(String client) {

    static final int MAX_LENGTH = 300;
    private static final Pattern LABEL = Pattern.compile(".*\\((\\d{1,19})\\)\\s*");

    public static LinkClientForm from(MultiMap form) {
        String raw = form.get("client");
        return new LinkClientForm(raw == null ? "" : raw.strip());
    }

    /** The Hub ID the field names, or the message to show next to it. */
    public Resolution resolve(AccessDirectory.Directory directory) {
        if (client.isEmpty()) {
            return Resolution.error("Pick a client or type its Hub ID.");
        }
        if (client.length() > MAX_LENGTH) {
            return Resolution.error("That is too long for a client name or Hub ID.");
        }
        if (client.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return PathParams.hubId(client).map(hub -> Resolution.of(hub.value()))
                    .orElse(Resolution.error("A Hub ID is a positive whole number."));
        }
        Matcher label = LABEL.matcher(client);
        if (label.matches()) {
            Optional<Long> hub = PathParams.hubId(label.group(1)).map(h -> h.value());
            if (hub.isPresent()) {
                return Resolution.of(hub.get());
            }
        }
        String wanted = client.toLowerCase(Locale.ROOT);
        List<AccessDirectory.ClientListing> named = directory.clients().stream()
                .filter(c -> c.name().toLowerCase(Locale.ROOT).equals(wanted))
                .toList();
        if (named.size() == 1) {
            return Resolution.of(named.get(0).hubId());
        }
        if (named.size() > 1) {
            return Resolution.error("Several of your clients are called \"" + client + "\"; type the Hub ID instead.");
        }
        return Resolution.error("None of your clients is called \"" + client + "\"; type its Hub ID instead.");
    }

    /** Either a Hub ID or a message. */
    public record Resolution(Long hubId, String error) {

        static Resolution of(long hubId) {
            return new Resolution(hubId, null);
        }

        static Resolution error(String message) {
            return new Resolution(null, message);
        }
    }
}

package com.managedmrr.web.ui.access;

import com.managedmrr.web.ui.PathParams;
import com.managedmrr.web.ui.Texts;
import io.vertx.core.MultiMap;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Link clients, as sent: one field in which the admin picks one of their clients by name (the list suggests
 * "Name (Hub ID)") or types any Hub ID; a bare name is looked up among the partner's clients by the application.
 */
public record LinkClientForm(String client) {

    static final int MAX_LENGTH = 300;
    private static final Pattern LABEL = Pattern.compile(".*\\((\\d{1,19})\\)\\s*");

    public static LinkClientForm from(MultiMap form) {
        String raw = form.get("client");
        return new LinkClientForm(raw == null ? "" : raw.strip());
    }

    /** The Hub ID the field names, the client name to look up among the partner's, or the message to show. */
    public Resolution resolve(Texts texts) {
        if (client.isEmpty()) {
            return Resolution.error(texts.get("access.error.pickAClient"));
        }
        if (client.length() > MAX_LENGTH) {
            return Resolution.error(texts.get("access.error.clientTooLong"));
        }
        if (client.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return PathParams.hubId(client).map(hub -> Resolution.of(hub.value()))
                    .orElse(Resolution.error(texts.get("access.error.hubIdFormat")));
        }
        Matcher label = LABEL.matcher(client);
        if (label.matches()) {
            Optional<Long> hub = PathParams.hubId(label.group(1)).map(h -> h.value());
            if (hub.isPresent()) {
                return Resolution.of(hub.get());
            }
        }
        return new Resolution(null, null, client);
    }

    /** A Hub ID, a name to look up, or a message. */
    public record Resolution(Long hubId, String error, String name) {

        static Resolution of(long hubId) {
            return new Resolution(hubId, null, null);
        }

        static Resolution error(String message) {
            return new Resolution(null, message, null);
        }
    }
}

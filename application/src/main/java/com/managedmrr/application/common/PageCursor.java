package com.managedmrr.application.common;

import com.managedmrr.domain.model.DomainException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The opaque cursors of listings: the key of the last row of a page, tagged with the listing it belongs to, as
 * base64url text. Callers must not build or read them; a cursor that was not given out by the same listing is refused
 * as an invalid {@code cursor}.
 */
public final class PageCursor {

    private static final int MAX_LENGTH = 2048;

    private PageCursor() {
    }

    /** The cursor of a key within a listing ({@code "partners"}, {@code "clients"}, ...). */
    public static String encode(String listing, String... keyParts) {
        StringBuilder text = new StringBuilder(listing);
        for (String part : keyParts) {
            text.append(',').append(URLEncoder.encode(part, StandardCharsets.UTF_8));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The key parts of a cursor given out by this listing, exactly {@code parts} of them; else an invalid cursor. */
    public static Optional<List<String>> decode(String listing, Optional<String> cursor, int parts) {
        if (cursor.isEmpty()) {
            return Optional.empty();
        }
        String raw = cursor.get();
        try {
            if (raw.isEmpty() || raw.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("length");
            }
            String text = new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.UTF_8);
            List<String> fields = new ArrayList<>(Arrays.asList(text.split(",", -1)));
            if (fields.size() != parts + 1 || !fields.get(0).equals(listing)) {
                throw new IllegalArgumentException("shape");
            }
            return Optional.of(fields.subList(1, fields.size()).stream()
                    .map(part -> URLDecoder.decode(part, StandardCharsets.UTF_8))
                    .toList());
        } catch (IllegalArgumentException notOurs) {
            throw invalid();
        }
    }

    /** The refusal of a cursor this listing did not give out. */
    public static DomainException invalid() {
        return DomainException.invalid("cursor", "is not a cursor this listing gave out; start without one");
    }

    /** The limit of a page: 1 to {@link Page#MAX_LIMIT}. */
    public static int limit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw DomainException.invalid("limit", "must be between 1 and " + max);
        }
        return limit;
    }
}

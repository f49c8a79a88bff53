package com.managedmrr.web.api;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Text the server can store and echo as it was sent: well-formed Unicode (no unpaired UTF-16 surrogate, which UTF-8
 * cannot encode and would be replaced by {@code ?}) without the NUL character (which PostgreSQL's text cannot hold).
 * Text that is not is refused, naming the field, never replaced.
 */
public final class StorableText {

    /** Why NUL is refused, as a field error's message. */
    public static final String NUL = "must not contain the NUL character (U+0000)";
    /** Why an unpaired surrogate (or bytes that are not UTF-8) is refused. */
    public static final String INVALID_UNICODE = "is not valid Unicode (an unpaired surrogate or bytes that are not UTF-8)";

    private StorableText() {
    }

    /** Empty when the text can be stored as it is; else why not. */
    public static Optional<String> problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return Optional.of(NUL);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of(INVALID_UNICODE);
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of(INVALID_UNICODE);
            }
        }
        return Optional.empty();
    }

    /** Whether the text is well-formed Unicode (NUL allowed: each field refuses it on its own, naming itself). */
    public static boolean wellFormed(String text) {
        return !INVALID_UNICODE.equals(problem(text.replace('\0', ' ')).orElse(null));
    }

    /**
     * Whether a raw request target part (a path or a query, or an {@code application/x-www-form-urlencoded} body) is
     * printable ASCII whose percent-escapes decode to UTF-8 without NUL: anything else is refused before it is decoded
     * (Vert.x's decoding would replace bad bytes silently).
     */
    public static boolean wellFormedPercentEncoded(String raw) {
        if (raw == null) {
            return true;
        }
        ByteBuffer bytes = ByteBuffer.allocate(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return false;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return false;
                }
                int b = high * 16 + low;
                if (b == 0) {
                    return false;
                }
                bytes.put((byte) b);
                i += 2;
            } else {
                bytes.put((byte) c);
            }
        }
        bytes.flip();
        return utf8(bytes);
    }

    /**
     * Whether the bytes are UTF-8 as the standard defines it: no stray or truncated sequences, no over-long forms
     * (such as {@code C0 80} for NUL), no encoded surrogates ({@code ED A0 80}).
     */
    public static boolean utf8(byte[] bytes) {
        return utf8(ByteBuffer.wrap(bytes));
    }

    private static boolean utf8(ByteBuffer bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes);
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }
}

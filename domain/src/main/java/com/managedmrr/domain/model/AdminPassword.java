package com.managedmrr.domain.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules for a partner admin's password, after NIST SP 800-63B (memorized secrets): the password is normalised
 * (Unicode NFKC) and then must be at least {@value #MIN_LENGTH} characters (code points) long, at most
 * {@value #MAX_LENGTH}; any printable Unicode character and spaces are allowed, control characters (NUL among them)
 * and unpaired surrogates are not; a single character repeated is refused, and so is any password on a list of
 * commonly used ones (compared without regard to case). No other composition rule applies. Each rule broken is a
 * REFUSED with its own code, naming the field {@code password}.
 */
public final class AdminPassword {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 1024;

    public static final String TOO_SHORT = "PASSWORD_TOO_SHORT";
    public static final String TOO_LONG = "PASSWORD_TOO_LONG";
    public static final String NOT_PRINTABLE = "PASSWORD_NOT_PRINTABLE";
    public static final String REPEATED_CHARACTER = "PASSWORD_REPEATED_CHARACTER";
    public static final String COMMON = "PASSWORD_COMMON";

    private static final String FIELD = "password";
    private static final Set<String> COMMON_PASSWORDS = load("common-passwords.txt");

    private AdminPassword() {
    }

    /** The password as stored and checked at sign-in: Unicode NFKC, so one password typed two ways is one. */
    public static String normalise(String raw) {
        return raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFKC);
    }

    /**
     * The normalised password when it follows every rule.
     *
     * @throws DomainException REFUSED with the code of the first rule it breaks
     */
    public static String check(String raw) {
        String password = normalise(raw);
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isISOControl(c)) {
                throw refused(NOT_PRINTABLE, "must not contain control characters (such as NUL, tab or a line break)");
            }
            if (Character.isHighSurrogate(c) && i + 1 < password.length()
                    && Character.isLowSurrogate(password.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw refused(NOT_PRINTABLE, "must be valid Unicode text (it has an unpaired surrogate)");
            }
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw refused(TOO_SHORT, "must be at least " + MIN_LENGTH + " characters (it has " + length + ")");
        }
        if (length > MAX_LENGTH) {
            throw refused(TOO_LONG, "must be at most " + MAX_LENGTH + " characters");
        }
        int first = password.codePointAt(0);
        if (password.codePoints().allMatch(c -> c == first)) {
            throw refused(REPEATED_CHARACTER, "must not be one character repeated");
        }
        if (COMMON_PASSWORDS.contains(password.toLowerCase(Locale.ROOT))) {
            throw refused(COMMON, "is on the list of commonly used passwords; choose another");
        }
        return password;
    }

    private static DomainException refused(String code, String message) {
        return DomainException.refused(code, FIELD + ": " + message,
                List.of(new DomainException.FieldError(FIELD, message)));
    }

    private static Set<String> load(String resource) {
        Set<String> passwords = new HashSet<>();
        try (InputStream in = AdminPassword.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the common-password list is missing: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    passwords.add(normalise(entry).toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}

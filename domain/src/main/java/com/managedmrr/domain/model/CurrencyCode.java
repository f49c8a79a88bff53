package com.managedmrr.domain.model;

import java.util.Currency;
import java.util.regex.Pattern;

/** An ISO 4217 currency code; it knows its minor units (JPY 0, most others 2). */
public record CurrencyCode(String code) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{3}");

    public CurrencyCode {
        if (code == null || !SHAPE.matcher(code).matches() || !isIso4217(code)) {
            throw DomainException.invalid("currency", "must be an ISO 4217 currency code such as USD");
        }
    }

    public static CurrencyCode of(String code) {
        return new CurrencyCode(code);
    }

    /** How many decimals an amount in this currency may have. */
    public int minorUnits() {
        return Math.max(0, Currency.getInstance(code).getDefaultFractionDigits());
    }

    private static boolean isIso4217(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    @Override
    public String toString() {
        return code;
    }
}

package com.managedmrr.domain.model;

import java.math.BigDecimal;
import java.util.List;

/** Amounts of money are {@link BigDecimal}s in a currency's minor units; never floating point. */
public final class Money {

    /** Far above any subscription; keeps arithmetic and storage bounded. */
    private static final BigDecimal MAX = new BigDecimal("1000000000000");

    private Money() {
    }

    /** A non-negative amount with at most the currency's decimals, scaled to exactly that many. */
    public static BigDecimal require(String field, BigDecimal amount, CurrencyCode currency) {
        if (amount == null) {
            throw DomainException.invalid(field, "is required");
        }
        if (amount.signum() < 0) {
            throw DomainException.invalid(field, "must not be negative");
        }
        if (amount.compareTo(MAX) >= 0) {
            throw DomainException.invalid(field, "is too large");
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > currency.minorUnits()) {
            throw DomainException.refused("TOO_MANY_DECIMALS",
                    field + " has more decimals than " + currency.code() + " allows (" + currency.minorUnits() + ")",
                    List.of(new DomainException.FieldError(field,
                            "at most " + currency.minorUnits() + " decimals in " + currency.code())));
        }
        return amount.setScale(currency.minorUnits());
    }
}

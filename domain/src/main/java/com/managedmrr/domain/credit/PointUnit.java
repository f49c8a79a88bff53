package com.managedmrr.domain.credit;

import com.managedmrr.domain.model.CurrencyCode;
import com.managedmrr.domain.model.DomainException;
import java.math.BigDecimal;
import java.time.Instant;

/** The amount of a currency worth one managed point, in effect from an instant until the next one. */
public record PointUnit(CurrencyCode currency, BigDecimal unit, Instant effectiveFrom) {

    private static final BigDecimal MAX = new BigDecimal("1000000000000");

    public PointUnit {
        if (unit == null || unit.signum() <= 0 || unit.compareTo(MAX) >= 0) {
            throw DomainException.invalid("unit", "must be a positive amount");
        }
        if (unit.stripTrailingZeros().scale() > currency.minorUnits()) {
            throw DomainException.invalid("unit", "has more decimals than " + currency.code() + " allows");
        }
        unit = unit.stripTrailingZeros();
        if (unit.scale() < 0) {
            unit = unit.setScale(0);
        }
    }
}

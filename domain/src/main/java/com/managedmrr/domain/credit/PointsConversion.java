package com.managedmrr.domain.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * docs/rules.md §6: points = credit / unit(currency) × (2 in a growth market, else 1), rounded half-even to 2 decimals,
 * computed from the already rounded credit with the unit in effect at the instant.
 */
public final class PointsConversion {

    public static final int SCALE = 2;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private PointsConversion() {
    }

    public static BigDecimal points(BigDecimal credit, BigDecimal unit, boolean growthMarket) {
        BigDecimal weighted = growthMarket ? credit.multiply(BigDecimal.valueOf(2)) : credit;
        return weighted.divide(unit, SCALE, RoundingMode.HALF_EVEN);
    }
}

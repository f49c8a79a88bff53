package com.managedmrr.domain.credit;

import com.managedmrr.domain.model.CurrencyCode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** docs/rules.md §6: each servicing partner gets an equal share of the MRR, rounded half-even to the currency's minor units. */
public final class CreditSplit {

    private CreditSplit() {
    }

    public static BigDecimal share(BigDecimal mrr, int servicingPartners, CurrencyCode currency) {
        if (servicingPartners <= 0) {
            return BigDecimal.ZERO.setScale(currency.minorUnits());
        }
        return mrr.divide(BigDecimal.valueOf(servicingPartners), currency.minorUnits(), RoundingMode.HALF_EVEN);
    }
}

package com.managedmrr.domain.model;

import java.math.BigDecimal;

/**
 * A client account with the subscription MRR in effect at the instant it was read. MRR is decimal, never
 * negative, and has no more decimals than its currency.
 */
public record ClientAccount(HubId hubId, String name, CurrencyCode currency, BigDecimal mrr, boolean growthMarket) {

    public ClientAccount {
        name = Names.require("name", name);
        if (currency == null) {
            throw DomainException.invalid("currency", "is required");
        }
        mrr = Money.require("mrr", mrr, currency);
    }
}

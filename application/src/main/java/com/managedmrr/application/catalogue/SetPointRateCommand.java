package com.managedmrr.application.catalogue;

import java.math.BigDecimal;

/** An operator sets a currency's point unit, effective now. */
public record SetPointRateCommand(String currency, BigDecimal unit) {
}

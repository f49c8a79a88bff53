package com.managedmrr.application.catalogue;

import com.managedmrr.domain.model.Actor;
import java.math.BigDecimal;
import java.util.Objects;

/** An operator sets a currency's point unit, effective now; {@code actor} is who, for the audit trail. */
public record SetPointRateCommand(String currency, BigDecimal unit, Actor actor) {

    public SetPointRateCommand {
        Objects.requireNonNull(actor, "actor");
    }

    public SetPointRateCommand(String currency, BigDecimal unit) {
        this(currency, unit, Actor.internalSystem());
    }
}

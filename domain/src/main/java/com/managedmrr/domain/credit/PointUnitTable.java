package com.managedmrr.domain.credit;

import com.managedmrr.domain.model.CurrencyCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every point unit ever in effect; answers which one held at an instant. */
public record PointUnitTable(List<PointUnit> units) {

    public PointUnitTable {
        units = units.stream().sorted(Comparator.comparing(PointUnit::effectiveFrom)).toList();
    }

    public Optional<BigDecimal> unitAt(CurrencyCode currency, Instant t) {
        BigDecimal found = null;
        for (PointUnit unit : units) {
            if (unit.effectiveFrom().isAfter(t)) {
                break;
            }
            if (unit.currency().equals(currency)) {
                found = unit.unit();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The units in effect at t, one per currency. */
    public List<PointUnit> currentAt(Instant t) {
        return units.stream()
                .map(PointUnit::currency)
                .distinct()
                .flatMap(currency -> units.stream()
                        .filter(u -> u.currency().equals(currency) && !u.effectiveFrom().isAfter(t))
                        .reduce((earlier, later) -> later)
                        .stream())
                .sorted(Comparator.comparing(u -> u.currency().code()))
                .toList();
    }

    public boolean hasRate(CurrencyCode currency) {
        return units.stream().anyMatch(u -> u.currency().equals(currency));
    }
}

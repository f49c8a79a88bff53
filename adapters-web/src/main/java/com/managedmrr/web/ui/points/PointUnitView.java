package com.managedmrr.web.ui.points;

import com.managedmrr.domain.credit.PointUnit;
import com.managedmrr.web.ui.Formats;

/** One line of the point units table: a currency and the amount of it worth one managed point. */
public record PointUnitView(String currency, String unit) {

    static PointUnitView of(PointUnit unit) {
        return new PointUnitView(unit.currency().code(), Formats.amount(unit.unit()));
    }
}

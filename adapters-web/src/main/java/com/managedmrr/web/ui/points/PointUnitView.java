package com.managedmrr.web.ui.points;

import com.managedmrr.domain.credit.PointUnit;
import com.managedmrr.web.ui.Texts;

/** One line of the point units table: a currency and the amount of it worth one managed point, written out. */
public record PointUnitView(String currency, String unit) {

    static PointUnitView of(PointUnit unit, Texts texts) {
        return new PointUnitView(unit.currency().code(), texts.money(unit.currency().code(), unit.unit()));
    }
}

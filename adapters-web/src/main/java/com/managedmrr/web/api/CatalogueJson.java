package com.managedmrr.web.api;

import com.managedmrr.domain.credit.PointUnit;
import com.managedmrr.domain.credit.QualifyingActions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The qualifying-action catalogue and the point rates on the wire. */
final class CatalogueJson {

    private CatalogueJson() {
    }

    /** {@code {"actions": ["CREATE","EDIT"]}} */
    static Set<String> actions(JsonObject body) {
        return new LinkedHashSet<>(JsonFields.of(body).requiredStrings("actions"));
    }

    /** {@code {"unit": "100"}} (a JSON number is accepted too) */
    static BigDecimal unit(JsonObject body) {
        return JsonFields.of(body).requiredDecimal("unit");
    }

    /** {@code {"qualifyingActions": [{"tool","actions": [..]}]}} */
    static JsonObject qualifyingActions(List<QualifyingActions> catalogue) {
        JsonArray array = new JsonArray();
        catalogue.forEach(entry -> array.add(toJson(entry)));
        return new JsonObject().put("qualifyingActions", array);
    }

    static JsonObject toJson(QualifyingActions entry) {
        return new JsonObject()
                .put("tool", entry.tool())
                .put("actions", new JsonArray(List.copyOf(entry.actions())));
    }

    /** {@code {"pointRates": [{"currency","unit"}]}} */
    static JsonObject pointRates(List<PointUnit> units) {
        JsonArray array = new JsonArray();
        units.forEach(unit -> array.add(toJson(unit)));
        return new JsonObject().put("pointRates", array);
    }

    static JsonObject toJson(PointUnit unit) {
        return new JsonObject()
                .put("currency", unit.currency().code())
                .put("unit", JsonFormats.unit(unit.unit()));
    }
}

package com.managedmrr.web.api;

import com.managedmrr.domain.credit.PointUnit;
import com.managedmrr.domain.credit.QualifyingActions;
import com.managedmrr.domain.model.CurrencyCode;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The qualifying-action catalogue and the point rates on the wire. */
final class CatalogueJson {

    /** A valid tool, standing in while each action is checked alone. */
    private static final String STAND_IN_TOOL = "STAND_IN";

    private CatalogueJson() {
    }

    /**
     * {@code {"actions": ["CREATE","EDIT"]}} for the tool of the path: every malformed element, and every code the
     * catalogue refuses (the tool's, an action's, an action that never qualifies), named in {@code checks}.
     */
    static Set<String> actions(String tool, JsonObject body, FieldChecks checks) {
        checks.checkRule(() -> new QualifyingActions(tool, Set.of(), Instant.EPOCH));
        List<String> actions = JsonFields.of(body).requiredEach("actions", checks, Function.identity());
        if (actions == null) {
            return null;
        }
        Set<String> distinct = new LinkedHashSet<>(actions);
        for (String action : distinct) {
            // each action alone, so that every wrong one is told; the tool stands in as a valid one
            checks.checkRule(() -> new QualifyingActions(STAND_IN_TOOL, Set.of(action), Instant.EPOCH));
        }
        return distinct;
    }

    /**
     * {@code {"unit": "100"}} (a JSON number is accepted too) for the currency of the path: a malformed currency or
     * unit, and a unit the currency's rules refuse, named in {@code checks}.
     */
    static BigDecimal unit(String currencyCode, JsonObject body, FieldChecks checks) {
        CurrencyCode currency = checks.checkRule(() -> CurrencyCode.of(currencyCode));
        BigDecimal unit = checks.check(() -> JsonFields.of(body).requiredDecimal("unit"));
        if (currency != null && unit != null) {
            checks.checkRule(() -> new PointUnit(currency, unit, Instant.EPOCH));
        }
        return unit;
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

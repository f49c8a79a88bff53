package com.managedmrr.domain.credit;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** docs/rules.md §4: the qualifying-action catalogue through time; an activity is judged against it as it stood at its instant. */
public record QualifyingCatalogue(List<QualifyingActions> entries) {

    public QualifyingCatalogue {
        entries = entries.stream().sorted(Comparator.comparing(QualifyingActions::effectiveFrom)).toList();
    }

    public boolean qualifies(String tool, String action, Instant at) {
        if (QualifyingActions.NEVER_QUALIFYING.contains(action)) {
            return false;
        }
        Set<String> actions = Set.of();
        for (QualifyingActions entry : entries) {
            if (entry.effectiveFrom().isAfter(at)) {
                break;
            }
            if (entry.tool().equals(tool)) {
                actions = entry.actions();
            }
        }
        return actions.contains(action);
    }

    /** The catalogue in effect at t, one entry per tool, tools in alphabetical order. */
    public List<QualifyingActions> currentAt(Instant t) {
        Map<String, QualifyingActions> byTool = new LinkedHashMap<>();
        for (QualifyingActions entry : entries) {
            if (!entry.effectiveFrom().isAfter(t)) {
                byTool.put(entry.tool(), entry);
            }
        }
        return byTool.values().stream().sorted(Comparator.comparing(QualifyingActions::tool)).toList();
    }
}

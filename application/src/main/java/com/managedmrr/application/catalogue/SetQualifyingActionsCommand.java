package com.managedmrr.application.catalogue;

import java.util.Set;

/** An operator sets a tool's qualifying actions, effective now (earlier activities keep their judgement). */
public record SetQualifyingActionsCommand(String tool, Set<String> actions) {
}

package com.managedmrr.application.catalogue;

import java.util.Set;

/**
 * An operator sets a tool's qualifying actions, effective now: earlier activities keep their judgement, later ones
 * (received ahead) are judged anew.
 */
public record SetQualifyingActionsCommand(String tool, Set<String> actions) {
}

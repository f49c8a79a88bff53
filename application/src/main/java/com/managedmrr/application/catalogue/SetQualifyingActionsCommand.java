package com.managedmrr.application.catalogue;

import com.managedmrr.domain.model.Actor;
import java.util.Objects;
import java.util.Set;

/**
 * An operator sets a tool's qualifying actions, effective now: earlier activities keep their judgement, later ones
 * (received ahead) are judged anew; {@code actor} is who, for the audit trail.
 */
public record SetQualifyingActionsCommand(String tool, Set<String> actions, Actor actor) {

    public SetQualifyingActionsCommand {
        Objects.requireNonNull(actor, "actor");
    }

    public SetQualifyingActionsCommand(String tool, Set<String> actions) {
        this(tool, actions, Actor.internalSystem());
    }
}

package com.managedmrr.web.api;

import com.managedmrr.application.ManagedMrrServices;

import java.util.Objects;

/**
 * The use cases the JSON API calls, for {@link ApiRouteGroups#of(ApiUseCases)}: every one the application wires
 * ({@link ManagedMrrServices#wire}), each with its own type, so wiring one in the wrong place does not compile.
 */
public record ApiUseCases(ManagedMrrServices services) {

    public ApiUseCases {
        Objects.requireNonNull(services, "services");
    }
}

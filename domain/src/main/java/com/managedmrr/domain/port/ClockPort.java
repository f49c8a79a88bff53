package com.managedmrr.domain.port;

import java.time.Instant;

/** The server clock: commands take effect at its instant. */
public interface ClockPort {

    Instant now();
}

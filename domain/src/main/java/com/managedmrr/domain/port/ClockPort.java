package com.managedmrr.domain.port;

import java.time.Instant;

/** The server clock: commands take effect at its instant, which is kept to the microsecond. */
public interface ClockPort {

    Instant now();
}

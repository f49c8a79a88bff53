package com.managedmrr.bootstrap;

import com.managedmrr.domain.port.ClockPort;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The server clock, kept to the microsecond (what PostgreSQL stores). */
final class SystemClock implements ClockPort {

    @Override
    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}

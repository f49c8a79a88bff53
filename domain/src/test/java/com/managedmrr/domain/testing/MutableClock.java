package com.managedmrr.domain.testing;

import com.managedmrr.domain.port.ClockPort;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/** A server clock that tests move by hand; like the real one, it answers to the microsecond. */
public final class MutableClock implements ClockPort {

    /** A fixed, unremarkable starting instant for tests that do not care which it is. */
    public static final Instant DEFAULT_START = Instant.parse("2026-01-05T09:00:00Z");

    private final AtomicReference<Instant> now;

    public MutableClock() {
        this(DEFAULT_START);
    }

    public MutableClock(Instant start) {
        this.now = new AtomicReference<>(start.truncatedTo(ChronoUnit.MICROS));
    }

    @Override
    public Instant now() {
        return now.get();
    }

    /** Sets the clock to the instant (kept to the microsecond) and answers it. */
    public Instant set(Instant instant) {
        Instant truncated = instant.truncatedTo(ChronoUnit.MICROS);
        now.set(truncated);
        return truncated;
    }

    /** Moves the clock forward (or back, for a negative amount) and answers the new instant. */
    public Instant advance(Duration amount) {
        return now.updateAndGet(current -> current.plus(amount).truncatedTo(ChronoUnit.MICROS));
    }
}

package com.managedmrr.bootstrap.demo;

import com.managedmrr.domain.port.ClockPort;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The server clock for a {@code --demo} run: it tells the present time, except while {@link DemoData} seeds a story
 * of the last 90 days, when it is set back to each event of the story in turn (commands take effect at the clock's
 * instant, and an activity is attributed by the assignments and seats as they stood at its instant, so a history can
 * only be built by living through it). Wire every service with it in demo mode; once seeding is done it is the plain
 * present clock again.
 */
public final class DemoClock implements ClockPort {

    private final ClockPort present;
    private volatile Instant travelledTo;

    public DemoClock(ClockPort present) {
        this.present = Objects.requireNonNull(present, "present");
    }

    /** The system clock, to the microsecond, when not seeding. */
    public static DemoClock system() {
        return new DemoClock(() -> Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    @Override
    public Instant now() {
        Instant travelled = travelledTo;
        return travelled != null ? travelled : present.now();
    }

    /** The present, wherever the clock has travelled. */
    public Instant present() {
        return present.now();
    }

    void travelTo(Instant instant) {
        Instant now = present.now();
        travelledTo = instant.isAfter(now) ? now : instant.truncatedTo(ChronoUnit.MICROS);
    }

    void backToPresent() {
        travelledTo = null;
    }
}

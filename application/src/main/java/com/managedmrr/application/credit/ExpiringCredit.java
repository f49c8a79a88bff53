package com.managedmrr.application.credit;

import com.managedmrr.domain.credit.BreakdownRow;
import java.time.Duration;
import java.time.Instant;

/** Credit that is about to expire: a row the partner services whose credit runs out within 14 days of the instant. */
public final class ExpiringCredit {

    public static final int WITHIN_DAYS = 14;

    private ExpiringCredit() {
    }

    public static boolean soon(BreakdownRow row, Instant at) {
        return row.servicing() && row.expiresAt()
                .map(expires -> expires.isBefore(at.plus(Duration.ofDays(WITHIN_DAYS))))
                .orElse(false);
    }
}

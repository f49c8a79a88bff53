package com.managedmrr.domain.access;

import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.SeatStatus;
import java.util.Objects;

/** An e-mail's open seat (client user) in a client account, with its status. */
public record Seat(HubId hubId, Email email, SeatStatus status) {

    public Seat {
        Objects.requireNonNull(hubId, "hubId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(status, "status");
    }
}

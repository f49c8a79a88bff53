package com.managedmrr.domain.store;

import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.SeatStatus;
import java.util.List;
import java.util.Optional;

/**
 * An e-mail's standing in a client account at an instant: its seat, and the partners of which it was a user and
 * assigned to the client then.
 */
public record Standing(Optional<SeatStatus> seat, List<PartnerId> assignedMembers) {

    public static final Standing NONE = new Standing(Optional.empty(), List.of());
}

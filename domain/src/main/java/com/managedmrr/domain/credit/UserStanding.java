package com.managedmrr.domain.credit;

import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.SeatStatus;
import java.util.Optional;

/**
 * One partner user's standing on a client at an instant: the first three steps of docs/rules.md §3, and the user's latest
 * activity attributed to the partner on that client at or before the instant.
 */
public record UserStanding(Email email, boolean partnerUser, boolean assigned, Optional<SeatStatus> clientUser,
                           Optional<AttributedActivity> lastAttributed) {
}

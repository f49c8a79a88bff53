package com.managedmrr.domain.access;

import com.managedmrr.domain.credit.EndReason;
import com.managedmrr.domain.model.Email;
import java.util.Collection;
import java.util.Optional;

/**
 * docs/rules.md §5: what ends a managed relationship at once. Removing the last of a partner's users from the client account,
 * or removing from the partner account the last of its users assigned to the client. Unassigning, deactivating or
 * removing only some users ends nothing at once.
 */
public final class ImmediateEndPolicy {

    private ImmediateEndPolicy() {
    }

    /**
     * A seat was removed from the client account.
     *
     * @param removedWasPartnersUser whether the removed seat belonged to a (present) user of the partner
     * @param partnersUsersStillSeated the partner's users who still have a seat there afterwards
     */
    public static Optional<EndReason> afterSeatRemoved(boolean removedWasPartnersUser,
                                                       Collection<Email> partnersUsersStillSeated) {
        return removedWasPartnersUser && partnersUsersStillSeated.isEmpty()
                ? Optional.of(EndReason.USERS_REMOVED_FROM_CLIENT)
                : Optional.empty();
    }

    /**
     * A user assigned to the client was removed from the partner account.
     *
     * @param stillAssigned the partner's users still assigned to the client afterwards
     */
    public static Optional<EndReason> afterAssignedUserRemovedFromPartner(Collection<Email> stillAssigned) {
        return stillAssigned.isEmpty() ? Optional.of(EndReason.USERS_REMOVED_FROM_PARTNER) : Optional.empty();
    }
}

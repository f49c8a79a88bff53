package com.managedmrr.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.managedmrr.domain.credit.EndReason;
import com.managedmrr.domain.model.Email;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** docs/rules.md §5: what ends a managed relationship at once, and what does not. */
class ImmediateEndPolicyTest {

    private static final Email AL = Email.of("al@acme.example");

    @Test
    void lastOfThePartnersUsersRemovedFromTheClient_endsAtOnce() {
        assertThat(ImmediateEndPolicy.afterSeatRemoved(true, Set.of())).contains(EndReason.USERS_REMOVED_FROM_CLIENT);
    }

    @Test
    void someOfThePartnersUsersStillSeated_endsNothing() {
        assertThat(ImmediateEndPolicy.afterSeatRemoved(true, Set.of(AL))).isEmpty();
    }

    @Test
    void noSeatWasRemoved_endsNothing() {
        assertThat(ImmediateEndPolicy.afterSeatRemoved(false, Set.of())).isEmpty();
    }

    @Test
    void lastAssignedUserRemovedFromThePartner_endsAtOnce() {
        assertThat(ImmediateEndPolicy.afterAssignedUserRemovedFromPartner(Set.of()))
                .contains(EndReason.USERS_REMOVED_FROM_PARTNER);
    }

    @Test
    void anotherUserStillAssigned_endsNothing() {
        assertThat(ImmediateEndPolicy.afterAssignedUserRemovedFromPartner(Set.of(AL))).isEmpty();
    }
}

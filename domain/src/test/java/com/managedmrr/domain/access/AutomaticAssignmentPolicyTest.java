package com.managedmrr.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.PartnerUser;
import com.managedmrr.domain.model.PartnerUserKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/rules.md §3 and §9: employees are assigned automatically, contractors never. */
class AutomaticAssignmentPolicyTest {

    private static final Email ANN = Email.of("ann@acme.example");

    private static PartnerUser user(String partner, PartnerUserKind kind) {
        return new PartnerUser(PartnerId.of(partner), ANN, "Ann", kind);
    }

    @Test
    void employeeJoiningThePartner_isAssignedToEveryClientWhereSeated() {
        assertThat(AutomaticAssignmentPolicy.onJoiningPartner(user("a", PartnerUserKind.EMPLOYEE),
                List.of(HubId.of(9), HubId.of(3), HubId.of(9)))).containsExactly(HubId.of(3), HubId.of(9));
    }

    @Test
    void contractorJoiningThePartner_isNeverAssigned() {
        assertThat(AutomaticAssignmentPolicy.onJoiningPartner(user("a", PartnerUserKind.CONTRACTOR),
                List.of(HubId.of(3)))).isEmpty();
    }

    @Test
    void seatAdded_assignsInEveryPartnerWhereTheEmailIsAnEmployee_notWhereAContractor() {
        assertThat(AutomaticAssignmentPolicy.onSeatAdded(List.of(user("b", PartnerUserKind.EMPLOYEE),
                user("c", PartnerUserKind.CONTRACTOR), user("a", PartnerUserKind.EMPLOYEE))))
                .containsExactly(PartnerId.of("a"), PartnerId.of("b"));
    }
}

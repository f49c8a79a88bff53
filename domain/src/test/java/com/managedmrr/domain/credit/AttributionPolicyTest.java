package com.managedmrr.domain.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.SeatStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md §4: an activity is attributed to P when it qualifies and, at its instant, the e-mail is a user of P (not
 * removed), assigned to the client, and an ACTIVE user in the client account. "assignedMembers" is the partners for
 * which the first two conditions held at that instant.
 */
class AttributionPolicyTest {

    private static final PartnerId A = PartnerId.of("a");
    private static final PartnerId B = PartnerId.of("b");

    @ParameterizedTest(name = "qualifies={0} seat={1} userAndAssignedIn=\"{2}\" -> \"{3}\"")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            // all four conditions hold
            "true  | ACTIVE      | a   | a",
            // the activity does not qualify
            "false | ACTIVE      | a   | ''",
            // not an ACTIVE client user
            "true  | DEACTIVATED | a   | ''",
            "true  | NONE        | a   | ''",
            // not a (present) user of P, or not assigned: P is not among the assigned members
            "true  | ACTIVE      | ''  | ''",
            // the same person in two partner accounts: attributed to both
            "true  | ACTIVE      | b,a | a,b",
    })
    void attribution_requiresAllFourConditions(boolean qualifies, String seat, String members, String expected) {
        Optional<SeatStatus> seatStatus = Optional.ofNullable(seat).map(SeatStatus::valueOf);

        List<PartnerId> attributed = AttributionPolicy.attributedPartners(qualifies, seatStatus, partners(members));

        assertThat(attributed).isEqualTo(partners(expected));
    }

    @Test
    void attribution_samePartnerTwice_isListedOnce() {
        assertThat(AttributionPolicy.attributedPartners(true, Optional.of(SeatStatus.ACTIVE), List.of(A, B, A)))
                .containsExactly(A, B);
    }

    private static List<PartnerId> partners(String csv) {
        return csv == null || csv.isBlank() ? List.of()
                : java.util.Arrays.stream(csv.split(",")).map(String::trim).map(PartnerId::of).toList();
    }
}

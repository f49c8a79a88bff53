package com.managedmrr.application.audit;

import static com.managedmrr.application.testing.Scenario.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.managedmrr.application.testing.Scenario;
import com.managedmrr.domain.audit.AuditAction;
import com.managedmrr.domain.audit.AuditFilter;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The Activity log reads a filtered page of the partner's trail from the store and names what its entries refer to,
 * the client accounts and users that only their effects name included.
 */
class ListActivityLogServiceTest {

    private static final PartnerId ACME = PartnerId.of("acme");
    private static final Email ANN = Email.of("ann@acme.example");

    private final Scenario s = new Scenario();

    private ActivityLogPage page(AuditFilter filter, int limit, OptionalLong before) {
        return await(s.app.services.listActivityLog().listActivityLog(new ActivityLogQuery(ACME, filter, limit,
                before)));
    }

    @Test
    void anEmployeeAssignedAutomaticallyOnJoining_thePage_namesEveryClientItsEffectsName() {
        s.partner("acme", "acme.example")
                .client(501, "Globex", "USD", "1000.00", false)
                .client(502, "Kagami", "USD", "10.00", false);
        s.seat(501, "ann@acme.example");
        s.seat(502, "ann@acme.example");
        s.employee("acme", "ann@acme.example");

        ActivityLogPage page = page(AuditFilter.NONE, 1, OptionalLong.empty());

        assertThat(page.entries()).hasSize(1);
        assertThat(page.entries().get(0).entry().action()).isEqualTo(AuditAction.PARTNER_USER_UPSERTED);
        assertThat(page.entries().get(0).entry().hubId()).isEmpty();
        assertThat(page.names().clients()).isEqualTo(Map.of(HubId.of(501), "Globex", HubId.of(502), "Kagami"));
        assertThat(page.names().users()).isEqualTo(Map.of(ANN, "User ann@acme.example"));
        assertThat(page.nextBefore()).isPresent();
    }

    @Test
    void aFilter_thePage_holdsOnlyMatchingEntriesAndPagesThroughThem() {
        s.partner("acme", "acme.example");
        for (int i = 0; i < 5; i++) {
            s.employee("acme", "user" + i + "@acme.example");
        }
        AuditFilter joined = new AuditFilter(Optional.of(AuditAction.PARTNER_USER_UPSERTED), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        ActivityLogPage first = page(joined, 3, OptionalLong.empty());
        ActivityLogPage second = page(joined, 3, first.nextBefore());

        assertThat(first.entries()).hasSize(3);
        assertThat(second.entries()).hasSize(2)
                .allSatisfy(recorded -> assertThat(recorded.entry().action())
                        .isEqualTo(AuditAction.PARTNER_USER_UPSERTED));
        assertThat(second.nextBefore()).isEmpty();
    }

    @Test
    void aPeriodThatEndsBeforeItStarts_orAnUnknownPartner_isRefused() {
        Instant t = Instant.parse("2026-12-01T00:00:00Z");
        assertThatThrownBy(() -> new ActivityLogQuery(ACME, new AuditFilter(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(t), Optional.of(t), Optional.empty()), 50, OptionalLong.empty()))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> page(AuditFilter.NONE, 50, OptionalLong.empty()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("PARTNER_NOT_FOUND"));
    }
}

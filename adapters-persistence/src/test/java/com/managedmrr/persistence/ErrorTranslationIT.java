package com.managedmrr.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.managedmrr.domain.testing.AccessSteps;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.CurrencyCode;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.PartnerUser;
import com.managedmrr.domain.model.PartnerUserKind;
import com.managedmrr.domain.model.SeatStatus;
import com.managedmrr.domain.port.AccessCommandPort;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What PostgreSQL refuses reaches the core as the domain's refusals, never as SQL. */
class ErrorTranslationIT {

    @RegisterExtension
    static final PostgresPorts postgres = new PostgresPorts();

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final PartnerId ACME = PartnerId.of("acme");
    private static final HubId GLOBEX = HubId.of(501);
    private static final Email ANN = Email.of("ann@acme.example");

    @BeforeAll
    static void givenAPartnerWithAUserAndAClient() throws Exception {
        command(store -> store.savePartner(new Partner(ACME, "Acme", List.of("acme.example")))
                .thenCompose(x -> AccessSteps.on(store).addPartnerUser(new PartnerUser(ACME, ANN, "Ann", PartnerUserKind.EMPLOYEE), T0))
                .thenCompose(x -> store.saveClient(new ClientAccount(GLOBEX, "Globex", CurrencyCode.of("USD"), BigDecimal.TEN, false), T0)));
    }

    @Test
    void aPresentUser_addingThemAgain_isAConflict() {
        assertRefusal(store -> AccessSteps.on(store).addPartnerUser(new PartnerUser(ACME, ANN, "Ann", PartnerUserKind.EMPLOYEE), T0.plusSeconds(1)),
                DomainException.Kind.CONFLICT, "PARTNER_USER_PRESENT");
    }

    @Test
    void anUnknownPartner_addingAUser_isNotFound() {
        assertRefusal(store -> AccessSteps.on(store).addPartnerUser(new PartnerUser(PartnerId.of("nobody"), ANN, "Ann", PartnerUserKind.EMPLOYEE), T0),
                DomainException.Kind.NOT_FOUND, "PARTNER_NOT_FOUND");
    }

    @Test
    void anUnknownClient_seatingOrAssigning_isNotFound_andTheCommandsEarlierChangesAreRolledBack() throws Exception {
        Email bob = Email.of("bob@acme.example");
        assertRefusal(store -> AccessSteps.on(store).setSeat(GLOBEX, bob, SeatStatus.ACTIVE, T0)
                        .thenCompose(x -> AccessSteps.on(store).setSeat(HubId.of(999), bob, SeatStatus.ACTIVE, T0)),
                DomainException.Kind.NOT_FOUND, "CLIENT_NOT_FOUND");
        assertRefusal(store -> AccessSteps.on(store).assign(ACME, ANN, HubId.of(999), T0), DomainException.Kind.NOT_FOUND, "CLIENT_NOT_FOUND");

        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).seat(GLOBEX, bob))).isEmpty();
    }

    @Test
    void anUnknownUser_assigningThem_isNotFound() {
        Email nobody = Email.of("nobody@acme.example");
        assertRefusal(store -> AccessSteps.on(store).assign(ACME, nobody, GLOBEX, T0), DomainException.Kind.NOT_FOUND, "PARTNER_USER_NOT_FOUND");
    }

    private static void assertRefusal(Function<AccessCommandPort, CompletionStage<Void>> work, DomainException.Kind kind, String code) {
        assertThatThrownBy(() -> command(work))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(kind);
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.getMessage()).doesNotContainIgnoringCase("insert").doesNotContain("_fkey").doesNotContain("SQL");
                });
    }

    private static <T> T command(Function<AccessCommandPort, CompletionStage<T>> work) throws Exception {
        return postgres.adapters().commands().inTransaction(work).toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
}

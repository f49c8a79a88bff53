package com.managedmrr.application.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.managedmrr.application.testing.Scenario;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.SeatStatus;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Link clients' choices (docs/rules.md §3.2): the client accounts where the contractor has a seat, found by name. */
class ListLinkableClientsServiceTest {

    private Scenario s;

    @BeforeEach
    void setUp() {
        s = new Scenario();
        s.partner("a", "a.example");
        s.partner("b", "b.example");
        s.client(501, "Tyrell Bio", "USD", "1000.00", false);
        s.client(502, "tyrell", "EUR", "500.00", false);
        s.client(503, "Acme", "GBP", "700.00", false);
        s.client(504, "Initrode", "USD", "100.00", false);
        s.client(505, "Tyrell Labs", "USD", "100.00", false);
        s.contractor("a", "max@mail.example");
        s.employee("a", "ann@a.example");
        s.seat(501, "max@mail.example");
        s.seat(502, "max@mail.example", SeatStatus.DEACTIVATED);
        s.seat(503, "max@mail.example");
        s.seat(505, "max@mail.example");
        s.removeSeat(505, "max@mail.example");
        s.addEmployees("a", 504, "ann@a.example");
    }

    private List<Long> list(LinkableClientsQuery query) {
        return Scenario.await(s.app.services.listLinkableClients().listLinkableClients(query)).stream()
                .map(ClientAccount::hubId).map(hub -> hub.value()).toList();
    }

    private static LinkableClientsQuery named(String name) {
        return LinkableClientsQuery.named(PartnerId.of("a"), Email.of("max@mail.example"), name);
    }

    @Test
    void aContractorsSeats_activeOrDeactivated_areTheChoices_byNameIgnoringCase_notThePartnersOwnClients() {
        assertThat(list(LinkableClientsQuery.all(PartnerId.of("a"), Email.of("max@mail.example"))))
                .containsExactly(503L, 502L, 501L);
    }

    @Test
    void aPartOfAName_findsTheAccountsWhoseNameContainsIt_ignoringCase() {
        assertThat(list(named("bio"))).containsExactly(501L);
        assertThat(list(named("TYR"))).containsExactly(502L, 501L);
        assertThat(list(named("initrode"))).isEmpty();
    }

    @Test
    void aWholeName_findsThatAccountOnly_evenWhenOthersContainIt() {
        assertThat(list(named("Tyrell"))).containsExactly(502L);
    }

    @Test
    void someoneWhoIsNotAPresentUserOfThePartner_isNotFound() {
        assertThatThrownBy(() -> list(LinkableClientsQuery.all(PartnerId.of("b"), Email.of("max@mail.example"))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("PARTNER_USER_NOT_FOUND"));
        assertThatThrownBy(() -> list(LinkableClientsQuery.all(PartnerId.of("nobody"), Email.of("max@mail.example"))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("PARTNER_NOT_FOUND"));
    }
}

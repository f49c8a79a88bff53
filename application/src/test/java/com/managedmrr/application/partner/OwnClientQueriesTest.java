package com.managedmrr.application.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.managedmrr.application.testing.Scenario;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which client accounts are a partner's (docs/rules.md §7, §8.1): tenant isolation, decided in the application. */
class OwnClientQueriesTest {

    private Scenario s;

    @BeforeEach
    void setUp() {
        s = new Scenario();
        s.partner("a", "a.example");
        s.partner("b", "b.example");
        s.client(501, "Zebra Foods", "USD", "1000.00", false);
        s.client(502, "acme", "EUR", "500.00", false);
        s.client(503, "Acme", "GBP", "700.00", false);
        s.client(504, "Other partner's", "USD", "100.00", false);
        s.employee("a", "ann@a.example");
        s.employee("b", "bob@b.example");
        s.addEmployees("a", 501, "ann@a.example");
        s.addEmployees("a", 502, "ann@a.example");
        s.addEmployees("a", 503, "ann@a.example");
        s.addEmployees("b", 504, "bob@b.example");
    }

    private List<ClientAccount> list(ListOwnClientsQuery query) {
        return Scenario.await(s.app.services.listOwnClients().listOwnClients(query));
    }

    private OwnClient find(String partnerId, long hubId) {
        return Scenario.await(s.app.services.findOwnClient()
                .findOwnClient(new OwnClientQuery(PartnerId.of(partnerId), HubId.of(hubId))));
    }

    @Test
    void ownClients_areTheAssignedOnes_byNameIgnoringCaseThenHubId() {
        assertThat(list(ListOwnClientsQuery.all(PartnerId.of("a"))))
                .extracting(client -> client.hubId().value())
                .containsExactly(502L, 503L, 501L);
    }

    @Test
    void ownClientsByName_matchTheNameIgnoringCase_amongTheOwnOnly() {
        assertThat(list(ListOwnClientsQuery.named(PartnerId.of("a"), "ACME")))
                .extracting(client -> client.hubId().value())
                .containsExactly(502L, 503L);
        assertThat(list(ListOwnClientsQuery.named(PartnerId.of("a"), "Other partner's"))).isEmpty();
    }

    @Test
    void ownClients_ofAnUnknownPartner_areNotFound() {
        assertThatThrownBy(() -> list(ListOwnClientsQuery.all(PartnerId.of("nobody"))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("PARTNER_NOT_FOUND"));
    }

    @Test
    void ownClient_isFoundWithItsAccountAndExplanationNow() {
        OwnClient found = find("a", 501);

        assertThat(found.account().name()).isEqualTo("Zebra Foods");
        assertThat(found.explanation().at()).isEqualTo(s.now());
        assertThat(found.explanation().users()).anyMatch(user -> user.email().value().equals("ann@a.example"));
    }

    @Test
    void ownClient_onceUnassigned_isStillThePartners() {
        s.unassign("a", 501, "ann@a.example");

        assertThat(find("a", 501).account().hubId()).isEqualTo(HubId.of(501));
    }

    @Test
    void anotherPartnersClient_isNotFound() {
        assertThatThrownBy(() -> find("a", 504))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
                    assertThat(e.code()).isEqualTo("CLIENT_NOT_FOUND");
                });
    }

    @Test
    void aClientWhereOnlyTheSeatOfAPartnerUserIs_isThePartners() {
        s.client(505, "Seated only", "USD", "100.00", false);
        s.contractor("a", "cat@freelance.example");
        s.seat(505, "cat@freelance.example");

        assertThat(find("a", 505).account().name()).isEqualTo("Seated only");
        assertThatThrownBy(() -> find("b", 505))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    }

    @Test
    void anUnknownClient_isNotFound_likeAnotherPartners() {
        assertThatThrownBy(() -> find("a", 999))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    }
}

package com.managedmrr.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.port.AccessStore;
import com.managedmrr.domain.model.CurrencyCode;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.PartnerUser;
import com.managedmrr.domain.model.PartnerUserKind;
import com.managedmrr.domain.port.PartnerUserAssignments;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link com.managedmrr.domain.port.PartnerQueryPort} and {@link com.managedmrr.domain.port.ClientQueryPort}, outside commands. */
public abstract class QueryPortsContract extends PortContract {

    @Test
    void givenAPartner_partner_readsItBack_andAnUnknownOneIsEmpty() {
        Partner partner = givenPartner();

        assertThat(await(ports().partners().partner(partner.id()))).contains(partner);
        assertThat(await(ports().partners().partner(newPartnerId()))).isEmpty();
    }

    @Test
    void givenUsersAndAssignments_partnerUsers_answersThePresentUsersByEmail_withTheirCurrentHubIdsAscending() {
        Partner partner = givenPartner();
        ClientAccount low = givenClient(t(0));
        ClientAccount high = givenClient(t(0));
        ClientAccount former = givenClient(t(0));
        Email zed = Email.of("zed-" + next() + "@acme.example");
        Email amy = Email.of("amy-" + next() + "@acme.example");
        Email gone = Email.of("gone-" + next() + "@acme.example");
        Email contractor = Email.of("max-" + next() + "@mail.example");
        PartnerUser zedUser = givenEmployee(partner, zed, t(1));
        PartnerUser amyUser = givenEmployee(partner, amy, t(1));
        givenEmployee(partner, gone, t(1));
        PartnerUser maxUser = givenPartnerUser(partner, contractor, PartnerUserKind.CONTRACTOR, t(1));
        command(store -> store.assign(partner.id(), amy, high.hubId(), t(2))
                .thenCompose(x -> store.assign(partner.id(), amy, low.hubId(), t(2)))
                .thenCompose(x -> store.assign(partner.id(), amy, former.hubId(), t(2)))
                .thenCompose(x -> store.unassign(partner.id(), amy, former.hubId(), t(3)))
                .thenCompose(x -> store.removePartnerUser(partner.id(), gone, t(3))));

        List<PartnerUserAssignments> users = await(ports().partners().partnerUsers(partner.id()));

        assertThat(users).containsExactly(
                new PartnerUserAssignments(amyUser, List.of(low.hubId(), high.hubId())),
                new PartnerUserAssignments(maxUser, List.of()),
                new PartnerUserAssignments(zedUser, List.of()));
        assertThat(await(ports().partners().partnerUsers(newPartnerId()))).isEmpty();
    }

    @Test
    void givenAClientWithAnMrrHistory_client_answersTheLatestMrr_andAnUnknownOneIsEmpty() {
        ClientAccount client = givenClient("JPY", "120000", t(1));
        ClientAccount changed = new ClientAccount(client.hubId(), "Globex KK", CurrencyCode.of("JPY"), new BigDecimal("150000"), true);
        command(store -> store.saveClient(changed, t(2)));

        assertThat(await(ports().clients().client(client.hubId()))).contains(changed);
        assertThat(await(ports().clients().client(HubId.of(Long.MAX_VALUE - next())))).isEmpty();
    }
}

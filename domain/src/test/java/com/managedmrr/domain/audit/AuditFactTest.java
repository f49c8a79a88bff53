package com.managedmrr.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.managedmrr.domain.audit.AuditFact.AdminLogin;
import com.managedmrr.domain.audit.AuditFact.Assigned;
import com.managedmrr.domain.audit.AuditFact.ClientSaved;
import com.managedmrr.domain.audit.AuditFact.Nothing;
import com.managedmrr.domain.audit.AuditFact.Other;
import com.managedmrr.domain.audit.AuditFact.PartnerSaved;
import com.managedmrr.domain.audit.AuditFact.PartnerUserAdded;
import com.managedmrr.domain.audit.AuditFact.PartnerUserRemoved;
import com.managedmrr.domain.audit.AuditFact.PartnerUserUpdated;
import com.managedmrr.domain.audit.AuditFact.PointRateSet;
import com.managedmrr.domain.audit.AuditFact.QualifyingActionsSet;
import com.managedmrr.domain.audit.AuditFact.RelationshipEnded;
import com.managedmrr.domain.audit.AuditFact.SeatAdded;
import com.managedmrr.domain.audit.AuditFact.SeatChanged;
import com.managedmrr.domain.audit.AuditFact.SeatReactivated;
import com.managedmrr.domain.audit.AuditFact.SeatRemoved;
import com.managedmrr.domain.audit.AuditFact.Unassigned;
import com.managedmrr.domain.credit.EndReason;
import com.managedmrr.domain.credit.RelationshipEnd;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.PartnerUserKind;
import com.managedmrr.domain.model.SeatStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every kind of text the commands write reads back into the fact it says; any other text stays as written. */
class AuditFactTest {

    private static final Email ANN = Email.of("ann@acme.example");
    private static final HubId GLOBEX = HubId.of(501);
    private static final PartnerId ACME = PartnerId.of("acme");

    @Test
    void everyShapeOfText_read_answersItsFact() {
        Map<String, AuditFact> table = new LinkedHashMap<>();
        table.put("assigned ann@acme.example to 501", new Assigned(ANN, GLOBEX, false));
        table.put("assigned ann@acme.example to 501 automatically", new Assigned(ANN, GLOBEX, true));
        table.put("unassigned ann@acme.example from 501", new Unassigned(ANN, GLOBEX));
        table.put("ended the managed relationship with 501 (USERS_REMOVED_FROM_PARTNER)",
                new RelationshipEnded(GLOBEX, EndReason.USERS_REMOVED_FROM_PARTNER));
        table.put("added ann@acme.example to client account 501 as ACTIVE",
                new SeatAdded(ANN, GLOBEX, SeatStatus.ACTIVE));
        table.put("changed the seat of ann@acme.example in client account 501 from ACTIVE to DEACTIVATED",
                new SeatChanged(ANN, GLOBEX, SeatStatus.ACTIVE, SeatStatus.DEACTIVATED));
        table.put("removed ann@acme.example from client account 501", new SeatRemoved(ANN, GLOBEX));
        table.put("reactivated ann@acme.example in client account 501", new SeatReactivated(ANN, GLOBEX));
        table.put("added ann@acme.example to the partner account as EMPLOYEE 'Ann 'the' Lee'",
                new PartnerUserAdded(ANN, PartnerUserKind.EMPLOYEE, "Ann 'the' Lee"));
        table.put("updated ann@acme.example: CONTRACTOR 'Ann Lee'",
                new PartnerUserUpdated(ANN, PartnerUserKind.CONTRACTOR, "Ann Lee"));
        table.put("removed ann@acme.example from the partner account", new PartnerUserRemoved(ANN));
        table.put("created partner acme 'Acme Agency' with e-mail domains [acme.example, acme.test]",
                new PartnerSaved(true, "Acme Agency", "acme.example, acme.test"));
        table.put("updated client account 501 'Globex': USD 1000.00 MRR from now, growth market yes",
                new ClientSaved(false, GLOBEX, "Globex", "USD", "1000.00", true));
        table.put("created the admin login ann@acme.example", new AdminLogin(ANN, AdminLogin.Change.CREATED));
        table.put("changed the password of the admin login ann@acme.example (its sessions ended)",
                new AdminLogin(ANN, AdminLogin.Change.PASSWORD_CHANGED));
        table.put("revoked the admin login ann@acme.example (its sessions ended)",
                new AdminLogin(ANN, AdminLogin.Change.REVOKED));
        table.put("set the point unit of USD from none to 1 effective 2026-12-01T10:00:00Z",
                new PointRateSet("USD", "none", "1", "2026-12-01T10:00:00Z"));
        table.put("set the qualifying actions of BLOG from [EDIT, PUBLISH] to [PUBLISH] effective 2026-12-01T10:00:00Z",
                new QualifyingActionsSet("BLOG", "EDIT, PUBLISH", "PUBLISH", "2026-12-01T10:00:00Z"));
        table.put("set the qualifying actions of NEW TOOL from none to [] effective 2026-12-01T10:00:00Z",
                new QualifyingActionsSet("NEW TOOL", "", "", "2026-12-01T10:00:00Z"));
        table.put("changed nothing", new Nothing());
        table.put("ended the managed relationship with 501 (SOME_NEW_REASON)",
                new Other("ended the managed relationship with 501 (SOME_NEW_REASON)"));
        table.put("did something else", new Other("did something else"));

        table.forEach((text, fact) -> assertThat(AuditFact.read(text)).as(text).isEqualTo(fact));
    }

    @Test
    void theTrailsOwnWords_read_answerWhatWasNoted() {
        AuditTrail trail = new AuditTrail()
                .assigned(ACME, ANN, GLOBEX, true)
                .unassigned(ACME, ANN, GLOBEX)
                .ended(new RelationshipEnd(ACME, GLOBEX, Instant.EPOCH, EndReason.USERS_REMOVED_FROM_CLIENT));

        assertThat(trail.effects().stream().map(effect -> AuditFact.read(effect)).toList()).containsExactly(
                new Assigned(ANN, GLOBEX, true), new Unassigned(ANN, GLOBEX),
                new RelationshipEnded(GLOBEX, EndReason.USERS_REMOVED_FROM_CLIENT));
    }

    @Test
    void aFactAboutAUserOnAClient_namesBoth_andAPartnersFactNamesNeither() {
        assertThat(AuditFact.read("assigned ann@acme.example to 501").client()).contains(GLOBEX);
        assertThat(AuditFact.read("assigned ann@acme.example to 501").user()).contains(ANN);
        assertThat(AuditFact.read("created partner acme 'Acme' with e-mail domains [acme.example]").client())
                .isEqualTo(Optional.empty());
        assertThat(AuditFact.read("did something else").user()).isEqualTo(Optional.empty());
    }
}

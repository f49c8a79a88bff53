package com.managedmrr.domain.port;

import com.managedmrr.domain.credit.ClientFacts;
import com.managedmrr.domain.credit.UserStanding;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** The facts the credit rules need, as they stood at an instant. */
public interface BreakdownQueryPort {

    /**
     * One {@link ClientFacts} per client account the partner had been assigned to at or before t (any of its users,
     * assignment since ended or not), with the MRR and point unit in effect at t and the relationship facts as of t of
     * every partner with an attributed activity or an end on that client.
     */
    CompletionStage<List<ClientFacts>> clientFacts(PartnerId partnerId, Instant t);

    /** The same facts for one client account, whether or not the partner was ever assigned to it; empty when unknown. */
    CompletionStage<Optional<ClientFacts>> clientFacts(PartnerId partnerId, HubId hubId, Instant t);

    /**
     * The standing at t of each of the partner's users that matter to the client: present users assigned to it or
     * seated in it at t, and any user with an activity attributed to the partner there at or before t.
     */
    CompletionStage<List<UserStanding>> userStandings(PartnerId partnerId, HubId hubId, Instant t);

}

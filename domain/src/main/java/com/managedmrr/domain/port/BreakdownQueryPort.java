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
     * assignment since ended or not; an assignment counts from its start), Hub IDs ascending, with the MRR and point
     * unit in effect at t (MRR zero before the client's first one; no unit when none was in effect yet) and the
     * relationship facts as of t, partner ids ascending, of the partner itself (even with no facts) and of every
     * partner with an attributed activity or an end on that client at or before t. A partner's facts are its latest
     * attributed activity at or before t (by instant, then the greater activity id) and every one of its ends on that
     * client at or before t ({@link com.managedmrr.domain.credit.RelationshipFacts#withEnds}).
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

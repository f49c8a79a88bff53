package com.managedmrr.domain.port;

import com.managedmrr.domain.store.PartnerUserAssignments;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.PartnerId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Reads of partners and their users, outside any command. */
public interface PartnerQueryPort {

    CompletionStage<Optional<Partner>> partner(PartnerId partnerId);

    /** The partner's present users, by e-mail, each with their current assignments (Hub IDs ascending). */
    CompletionStage<List<PartnerUserAssignments>> partnerUsers(PartnerId partnerId);

    /** At most {@code limit} partners by id (code points), those after {@code after} when given. */
    CompletionStage<List<Partner>> partners(int limit, Optional<PartnerId> after);
}

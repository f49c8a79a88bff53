package com.managedmrr.application.partner;

import com.managedmrr.domain.access.AccessRefusals;
import com.managedmrr.domain.credit.Explanation;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.HubId;
import java.util.Objects;

/** A client account of the partner, as it is now, and why the partner is or is not servicing it now. */
public record OwnClient(ClientAccount account, Explanation explanation) {

    public OwnClient {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** The refusal for a client account that is not the partner's, or does not exist: the same for both. */
    public static DomainException notYours(HubId hubId) {
        return DomainException.notFound(AccessRefusals.CLIENT_NOT_FOUND, "There is no client account " + hubId + " of yours.");
    }
}

package com.managedmrr.domain.credit;

import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.PartnerId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Everything the breakdown needs of one client as of an instant: the account with the MRR then in effect, the point
 * unit then in effect for its currency, and the relationship facts of every partner that had an attributed activity
 * or an immediate end on it at or before the instant (the subject partner included, even with no facts).
 */
public record ClientFacts(ClientAccount client, Optional<BigDecimal> unit, List<RelationshipFacts> relationships) {

    public ClientFacts {
        relationships = List.copyOf(relationships);
    }

    /** The partner's relationship facts (empty facts when it has none on this client). */
    public RelationshipFacts relationshipOf(PartnerId partnerId) {
        return relationships.stream()
                .filter(r -> r.partnerId().equals(partnerId))
                .findFirst()
                .orElse(new RelationshipFacts(partnerId, Optional.empty(), Optional.empty()));
    }
}

package com.managedmrr.domain.credit;

import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.PartnerId;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything the breakdown needs of one client as of an instant: the account with the MRR then in effect, the point
 * unit then in effect for its currency, the relationship facts of the partners it is asked for (the subject partner
 * included, even with no facts), and the other partners known from their servicing spans to be servicing the client
 * at the instant (docs/rules.md §5.5): of another partner only that counts (§6, shared with).
 */
public record ClientFacts(ClientAccount client, Optional<BigDecimal> unit, List<RelationshipFacts> relationships,
                          Set<PartnerId> othersServicing) {

    public ClientFacts {
        relationships = List.copyOf(relationships);
        if (othersServicing.isEmpty()) {
            othersServicing = Set.of();
        } else {
            Set<PartnerId> sorted = new TreeSet<>(Comparator.comparing(PartnerId::value));
            sorted.addAll(othersServicing);
            othersServicing = Collections.unmodifiableSet(sorted);
        }
    }

    /** Facts whose other partners are all given as relationship facts. */
    public ClientFacts(ClientAccount client, Optional<BigDecimal> unit, List<RelationshipFacts> relationships) {
        this(client, unit, relationships, Set.of());
    }

    /** The partner's relationship facts (empty facts when it has none on this client). */
    public RelationshipFacts relationshipOf(PartnerId partnerId) {
        for (RelationshipFacts relationship : relationships) {
            if (relationship.partnerId().equals(partnerId)) {
                return relationship;
            }
        }
        return new RelationshipFacts(partnerId, Optional.empty(), Optional.empty());
    }
}

package com.managedmrr.domain.store;

import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerUser;
import java.util.List;

/** A present partner user with the client accounts they are assigned to now. */
public record PartnerUserAssignments(PartnerUser user, List<HubId> assignedHubIds) {

    public PartnerUserAssignments {
        assignedHubIds = List.copyOf(assignedHubIds);
    }
}

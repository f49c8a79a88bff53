package com.managedmrr.domain.access;

import com.managedmrr.domain.model.HubId;
import java.util.List;

/**
 * Step one and two of "Remove employee from client": the client accounts the user loses access to, the assets
 * (from the user's activities there) affected, and whether the removal ends the managed relationship now.
 */
public record RemovalReview(List<HubId> lostAccessHubIds, List<String> affectedAssetIds, boolean endsManagedRelationship) {

    public RemovalReview {
        lostAccessHubIds = List.copyOf(lostAccessHubIds);
        affectedAssetIds = List.copyOf(affectedAssetIds);
    }
}

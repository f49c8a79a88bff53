package com.managedmrr.web.api;

import com.managedmrr.application.access.AddEmployeesResult;
import com.managedmrr.domain.access.RemovalReview;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;

/** The Client Access Manager's actions on the wire. */
final class AccessJson {

    private AccessJson() {
    }

    /** {@code {"emails": ["ann@acme.example"]}}; each malformed e-mail is named {@code emails[i]} in {@code checks}. */
    static List<Email> emails(JsonObject body, FieldChecks checks) {
        return JsonFields.of(body).requiredEach("emails", checks, Email::of);
    }

    /** {@code {"hubId": 501}} */
    static HubId linkedHubId(JsonObject body, FieldChecks checks) {
        return checks.check(() -> HubId.of(JsonFields.of(body).requiredPositiveLong("hubId")));
    }

    /** {@code {"partnerId","hubId","assigned": [..],"seatsAdded": [..]}} */
    static JsonObject employeesAdded(PartnerId partnerId, HubId hubId, AddEmployeesResult result) {
        return new JsonObject()
                .put("partnerId", partnerId.value())
                .put("hubId", hubId.value())
                .put("assigned", PartnerJson.emails(result.assigned()))
                .put("seatsAdded", PartnerJson.emails(result.seatsAdded()));
    }

    /** The assignment Link clients made (or found): {@code {"partnerId","email","hubId","newlyAssigned"}}. */
    static JsonObject assignment(PartnerId partnerId, Email email, HubId hubId, boolean newlyAssigned) {
        return new JsonObject()
                .put("partnerId", partnerId.value())
                .put("email", email.value())
                .put("hubId", hubId.value())
                .put("newlyAssigned", newlyAssigned);
    }

    /** Exactly {@code {"lostAccessHubIds": [501], "affectedAssetIds": ["post-9"], "endsManagedRelationship": true}}. */
    static JsonObject removalReview(RemovalReview review) {
        return new JsonObject()
                .put("lostAccessHubIds", PartnerJson.hubIds(review.lostAccessHubIds()))
                .put("affectedAssetIds", new JsonArray(List.copyOf(review.affectedAssetIds())))
                .put("endsManagedRelationship", review.endsManagedRelationship());
    }
}

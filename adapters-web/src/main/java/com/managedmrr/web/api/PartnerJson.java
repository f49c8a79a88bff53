package com.managedmrr.web.api;

import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.Names;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.PartnerUser;
import com.managedmrr.domain.model.PartnerUserKind;
import com.managedmrr.domain.store.PartnerUserAssignments;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.function.Function;

/** Partners, partner users and admin logins on the wire. */
final class PartnerJson {

    /** A valid name, standing in while the e-mail domains are checked. */
    private static final String STAND_IN_NAME = "stand-in";

    private PartnerJson() {
    }

    /** {@code {"name": "Acme Agency", "emailDomains": ["acme.example"]}} */
    static Partner partner(PartnerId partnerId, JsonObject body) {
        return partner(partnerId, body, new FieldChecks());
    }

    /** The same, with every invalid field (and those {@code checks} holds already) named in one 400. */
    static Partner partner(PartnerId partnerId, JsonObject body, FieldChecks checks) {
        JsonFields fields = JsonFields.of(body);
        String name = checks.check(() -> Names.require("name", fields.requiredString("name")));
        List<String> domains = fields.requiredEach("emailDomains", checks, Function.identity());
        if (domains != null) {
            // the domains' own rules (at least one, at most 50, each a domain name), told apart from the name's; each
            // domain alone too, so that every one that is not a domain name is told
            checks.check(() -> new Partner(StandIns.PARTNER_ID, STAND_IN_NAME, domains));
            domains.forEach(domain -> checks.check(
                    () -> new Partner(StandIns.PARTNER_ID, STAND_IN_NAME, List.of(domain))));
        }
        checks.throwIfAny();
        return new Partner(partnerId, name, domains);
    }

    /** {@code {"name": "Ann Lee", "kind": "EMPLOYEE"}} */
    static PartnerUser partnerUser(PartnerId partnerId, Email email, JsonObject body) {
        JsonFields fields = JsonFields.of(body);
        FieldChecks checks = new FieldChecks();
        String name = checks.check(() -> Names.require("name", fields.requiredString("name")));
        PartnerUserKind kind = checks.check(
                () -> JsonEnums.parse(PartnerUserKind.class, "kind", fields.requiredString("kind")));
        checks.throwIfAny();
        return new PartnerUser(partnerId, email, name, kind);
    }

    /** {@code {"password": "…"}} */
    static String password(JsonObject body) {
        return JsonFields.of(body).requiredString("password");
    }

    static JsonObject toJson(Partner partner) {
        return new JsonObject()
                .put("partnerId", partner.id().value())
                .put("name", partner.name())
                .put("emailDomains", new JsonArray(List.copyOf(partner.emailDomains())));
    }

    static JsonObject toJson(PartnerUser user) {
        return new JsonObject()
                .put("partnerId", user.partnerId().value())
                .put("email", user.email().value())
                .put("name", user.name())
                .put("kind", user.kind().name());
    }

    /** {@code {"users": [{"email","name","kind","assignedHubIds": [..]}]}} */
    static JsonObject users(List<PartnerUserAssignments> users) {
        JsonArray array = new JsonArray();
        users.forEach(entry -> array.add(new JsonObject()
                .put("email", entry.user().email().value())
                .put("name", entry.user().name())
                .put("kind", entry.user().kind().name())
                .put("assignedHubIds", hubIds(entry.assignedHubIds()))));
        return new JsonObject().put("users", array);
    }

    static JsonObject admin(PartnerId partnerId, Email email) {
        return new JsonObject().put("partnerId", partnerId.value()).put("email", email.value());
    }

    static JsonArray hubIds(List<HubId> hubIds) {
        JsonArray array = new JsonArray();
        hubIds.forEach(hubId -> array.add(hubId.value()));
        return array;
    }

    static JsonArray emails(List<Email> emails) {
        JsonArray array = new JsonArray();
        emails.forEach(email -> array.add(email.value()));
        return array;
    }
}

package com.managedmrr.web.api;

import com.managedmrr.application.audit.AuditTrailPage;
import com.managedmrr.domain.audit.AuditEffect;
import com.managedmrr.domain.audit.AuditEntry;
import com.managedmrr.domain.audit.RecordedAuditEntry;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** A partner's audit trail, and the whole trail, on the wire. */
final class AuditJson {

    private AuditJson() {
    }

    static JsonObject trail(PartnerId partnerId, AuditTrailPage page) {
        JsonArray entries = new JsonArray();
        page.entries().forEach(recorded -> entries.add(entry(recorded)));
        return new JsonObject()
                .put("partnerId", partnerId.value())
                .put("entries", entries)
                .put("nextBefore", page.nextBefore().isPresent() ? page.nextBefore().getAsLong() : null);
    }

    /** The whole trail: {@code {"entries": [...], "nextBefore": ...}}. */
    static JsonObject log(AuditTrailPage page) {
        JsonArray entries = new JsonArray();
        page.entries().forEach(recorded -> entries.add(entry(recorded)));
        return new JsonObject()
                .put("entries", entries)
                .put("nextBefore", page.nextBefore().isPresent() ? page.nextBefore().getAsLong() : null);
    }

    static JsonObject entry(RecordedAuditEntry recorded) {
        AuditEntry entry = recorded.entry();
        JsonArray effects = new JsonArray();
        entry.effects().stream().map(AuditEffect::text).forEach(effects::add);
        return new JsonObject()
                .put("id", recorded.id())
                .put("at", JsonFormats.instant(entry.at()))
                .put("actor", new JsonObject()
                        .put("kind", entry.actor().kind().name())
                        .put("email", entry.actor().email().map(Email::value).orElse(null))
                        .put("name", entry.actor().systemName().orElse(null)))
                .put("action", entry.action().name())
                .put("partnerId", entry.partnerId().map(PartnerId::value).orElse(null))
                .put("hubId", entry.hubId().map(HubId::value).orElse(null))
                .put("email", entry.email().map(Email::value).orElse(null))
                .put("effects", effects);
    }
}

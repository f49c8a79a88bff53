package com.managedmrr.persistence;

import com.managedmrr.domain.audit.AuditAction;
import com.managedmrr.domain.audit.AuditEffect;
import com.managedmrr.domain.audit.AuditEntry;
import com.managedmrr.domain.audit.RecordedAuditEntry;
import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Audit entries to and from their rows in {@code audit_entries} (effects as a jsonb array). */
final class AuditRows {

    /** Appends the entry and lists it in the trail of each of its partners; answers nothing. */
    static final String INSERT = """
            WITH entry AS (
                INSERT INTO audit_entries (at, actor_kind, actor_email, action, partner_id, hub_id, email, effects,
                                           actor_name)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $10)
                RETURNING audit_entry_id)
            INSERT INTO audit_entry_partners (partner_id, audit_entry_id)
            SELECT p.partner_id, entry.audit_entry_id FROM entry, unnest($9::text[]) AS p(partner_id)""";

    private AuditRows() {
    }

    static Tuple insertParameters(AuditEntry entry) {
        JsonArray effects = new JsonArray();
        for (AuditEffect effect : entry.effects()) {
            effects.add(new JsonObject()
                    .put("partnerId", effect.partnerId().map(PartnerId::value).orElse(null))
                    .put("text", effect.text()));
        }
        return Tuple.tuple()
                .addOffsetDateTime(Sql.timestamp(entry.at()))
                .addString(entry.actor().kind().name())
                .addString(entry.actor().email().map(Email::value).orElse(null))
                .addString(entry.action().name())
                .addString(entry.partnerId().map(PartnerId::value).orElse(null))
                .addLong(entry.hubId().map(HubId::value).orElse(null))
                .addString(entry.email().map(Email::value).orElse(null))
                .addValue(effects)
                .addArrayOfString(entry.partners().stream().map(PartnerId::value).toArray(String[]::new))
                .addString(entry.actor().systemName().orElse(null));
    }

    static RecordedAuditEntry recorded(Row row) {
        String actorEmail = row.getString("actor_email");
        String actorName = row.getString("actor_name");
        Actor actor = actorEmail != null ? Actor.admin(Email.of(actorEmail))
                : actorName != null ? Actor.internalSystem(actorName) : Actor.internalSystem();
        Long hubId = row.getLong("hub_id");
        List<AuditEffect> effects = new ArrayList<>();
        JsonArray stored = (JsonArray) row.getValue("effects");
        for (int i = 0; i < stored.size(); i++) {
            JsonObject effect = stored.getJsonObject(i);
            String partnerId = effect.getString("partnerId");
            effects.add(new AuditEffect(Optional.ofNullable(partnerId).map(PartnerId::of), effect.getString("text")));
        }
        AuditEntry entry = new AuditEntry(Sql.instant(row, "at"), actor, AuditAction.valueOf(row.getString("action")),
                Optional.ofNullable(row.getString("partner_id")).map(PartnerId::of),
                Optional.ofNullable(hubId).map(HubId::of),
                Optional.ofNullable(row.getString("email")).map(Email::of),
                effects);
        return new RecordedAuditEntry(row.getLong("audit_entry_id"), entry);
    }
}

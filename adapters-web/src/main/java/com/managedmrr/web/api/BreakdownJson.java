package com.managedmrr.web.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.managedmrr.domain.credit.AttributedActivity;
import com.managedmrr.domain.credit.Breakdown;
import com.managedmrr.domain.credit.BreakdownRow;
import com.managedmrr.domain.credit.Explanation;
import com.managedmrr.domain.credit.ReasonCode;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.SeatStatus;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** The Points breakdown and its per-client explanation on the wire. */
final class BreakdownJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private BreakdownJson() {
    }

    /**
     * {@code {"partnerId","at","totals": {"managedPoints","servicedClients"}, "clients": [{"hubId","name","currency",
     * "mrr","managed": {"servicing","credit","points","sharedWith","lastActivityAt","expiresAt"}}]}}, written field by
     * field into the buffer: a large partner's answer is thousands of rows, too many to build as a tree first.
     */
    static Buffer breakdown(Breakdown breakdown) {
        return breakdown(breakdown, null);
    }

    /** The same, with {@code "next"} (when {@code next} is not null): the cursor of the next page of rows, or null. */
    static Buffer breakdown(Breakdown breakdown, Optional<String> next) {
        Buffer buffer = Buffer.buffer(256 + 256 * breakdown.clients().size());
        try (JsonGenerator json = FACTORY.createGenerator(new BufferOutput(buffer))) {
            json.writeStartObject();
            json.writeStringField("partnerId", breakdown.partnerId().value());
            json.writeStringField("at", JsonFormats.instant(breakdown.at()));
            json.writeObjectFieldStart("totals");
            json.writeStringField("managedPoints", JsonFormats.points(breakdown.managedPoints()));
            json.writeNumberField("servicedClients", breakdown.servicedClients());
            json.writeEndObject();
            json.writeArrayFieldStart("clients");
            for (BreakdownRow row : breakdown.clients()) {
                row(json, row);
            }
            json.writeEndArray();
            if (next != null && next.isPresent()) {
                json.writeStringField("next", next.get());
            } else if (next != null) {
                json.writeNullField("next");
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a breakdown as JSON", e);
        }
        return buffer;
    }

    private static void row(JsonGenerator json, BreakdownRow row) throws IOException {
        ClientAccount client = row.client();
        json.writeStartObject();
        json.writeNumberField("hubId", client.hubId().value());
        json.writeStringField("name", client.name());
        json.writeStringField("currency", client.currency().code());
        json.writeStringField("mrr", JsonFormats.money(client.mrr(), client.currency()));
        json.writeObjectFieldStart("managed");
        json.writeBooleanField("servicing", row.servicing());
        json.writeStringField("credit", JsonFormats.money(row.credit(), client.currency()));
        json.writeStringField("points", JsonFormats.points(row.points()));
        json.writeNumberField("sharedWith", row.sharedWith());
        json.writeStringField("lastActivityAt", JsonFormats.instantOrNull(row.lastActivityAt()));
        json.writeStringField("expiresAt", JsonFormats.instantOrNull(row.expiresAt()));
        json.writeEndObject();
        json.writeEndObject();
    }

    /** The generator's output appended to a Vert.x buffer (the generator hands over its bytes in chunks). */
    private static final class BufferOutput extends OutputStream {
        private final Buffer buffer;

        BufferOutput(Buffer buffer) {
            this.buffer = buffer;
        }

        @Override
        public void write(int b) {
            buffer.appendByte((byte) b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            buffer.appendBytes(bytes, offset, length);
        }
    }

    /**
     * {@code {"partnerId","hubId","at","servicing","reason","endedAt","keptAliveBy","users": [{"email","partnerUser",
     * "assigned","clientUser","lastQualifyingActivityAt","reason"}]}}; absent values are JSON null.
     */
    static JsonObject explanation(Explanation explanation) {
        JsonArray users = new JsonArray();
        explanation.users().forEach(user -> users.add(user(user)));
        return new JsonObject()
                .put("partnerId", explanation.partnerId().value())
                .put("hubId", explanation.hubId().value())
                .put("at", JsonFormats.instant(explanation.at()))
                .put("servicing", explanation.servicing())
                .put("reason", explanation.reason().map(ReasonCode::name).orElse(null))
                .put("endedAt", JsonFormats.instantOrNull(explanation.endedAt()))
                .put("keptAliveBy", explanation.keptAliveBy().map(BreakdownJson::keptAliveBy).orElse(null))
                .put("users", users);
    }

    private static JsonObject keptAliveBy(AttributedActivity activity) {
        return new JsonObject()
                .put("activityId", activity.activityId().value())
                .put("userEmail", activity.userEmail().value())
                .put("occurredAt", JsonFormats.instant(activity.occurredAt()))
                .put("expiresAt", JsonFormats.instant(activity.expiresAt()));
    }

    private static JsonObject user(Explanation.User user) {
        return new JsonObject()
                .put("email", user.email().value())
                .put("partnerUser", user.partnerUser())
                .put("assigned", user.assigned())
                .put("clientUser", user.clientUser().map(SeatStatus::name).orElse(null))
                .put("lastQualifyingActivityAt", JsonFormats.instantOrNull(user.lastQualifyingActivityAt()))
                .put("reason", user.reason().map(ReasonCode::name).orElse(null));
    }
}

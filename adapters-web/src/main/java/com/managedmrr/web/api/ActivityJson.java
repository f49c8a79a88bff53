package com.managedmrr.web.api;

import com.managedmrr.application.activity.RecordActivitiesCommand;
import com.managedmrr.application.activity.RecordActivitiesResult;
import com.managedmrr.domain.model.Activity;
import com.managedmrr.domain.model.ActivityId;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.DomainException.FieldError;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.store.RecordedActivity;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Activities on the wire. A batch is read item by item: an item that is malformed (wrong types, missing fields, a
 * bad e-mail or instant, an over-long string) becomes that item's rejection and never fails the batch. A rejection's
 * errors name fields within the item ({@code occurredAt}), as the use case does; the rejection carries the index.
 */
final class ActivityJson {

    static final String FIELD = "activities";

    /** Valid values standing in for an item's other fields while one of its own rules is checked alone. */
    private static final ActivityId STAND_IN_ID = ActivityId.of("stand-in");
    private static final String STAND_IN_CODE = "STAND_IN";
    private static final Instant STAND_IN_INSTANT = Instant.EPOCH;

    private ActivityJson() {
    }

    /** The well-formed items, for the use case, and the rejections of the malformed ones. */
    record Batch(List<RecordActivitiesCommand.Item> items, List<RecordActivitiesResult.Rejection> malformed) {
    }

    /** {@code {"activities": [...]}}; more than {@link RecordActivitiesCommand#MAX_ITEMS} items is refused (422). */
    static Batch batch(JsonObject body) {
        JsonArray array = JsonFields.of(body).requiredArray(FIELD);
        if (array.size() > RecordActivitiesCommand.MAX_ITEMS) {
            throw DomainException.refused(Problems.BATCH_TOO_LARGE,
                    "At most " + RecordActivitiesCommand.MAX_ITEMS + " activities per call; this one has " + array.size(),
                    List.of(new FieldError(FIELD,
                            "at most " + RecordActivitiesCommand.MAX_ITEMS + " per call")));
        }
        List<RecordActivitiesCommand.Item> items = new ArrayList<>(array.size());
        List<RecordActivitiesResult.Rejection> malformed = new ArrayList<>();
        for (int index = 0; index < array.size(); index++) {
            String path = FIELD + "[" + index + "]";
            Object raw = array.getValue(index);
            if (!(raw instanceof JsonObject item)) {
                malformed.add(new RecordActivitiesResult.Rejection(index, null,
                        List.of(new FieldError(path, "must be a JSON object"))));
                continue;
            }
            try {
                items.add(new RecordActivitiesCommand.Item(index, activity(JsonFields.of(item))));
            } catch (ProblemException problem) {
                malformed.add(new RecordActivitiesResult.Rejection(index, echoedId(item), fieldErrors(problem)));
            }
        }
        return new Batch(items, malformed);
    }

    private static Activity activity(JsonFields item) {
        FieldChecks checks = new FieldChecks();
        ActivityId id = checks.check(
                () -> JsonFields.as(item.name("activityId"), ActivityId::of, item.requiredString("activityId")));
        HubId hubId = checks.check(() -> HubId.of(item.requiredPositiveLong("hubId")));
        Email email = checks.check(
                () -> JsonFields.as(item.name("userEmail"), Email::of, item.requiredString("userEmail")));
        String tool = checks.check(() -> item.requiredString("tool"));
        String action = checks.check(() -> item.requiredString("action"));
        Instant occurredAt = checks.check(
                () -> RequestParams.instant(item.name("occurredAt"), item.requiredString("occurredAt")));
        String assetId = checks.check(() -> item.optionalString("assetId").orElse(null));
        if (!ownRulesAllow(orStandIn(tool), orStandIn(action), assetId)) {
            // told field by field, each with valid stand-ins for the others, so that every wrong one is named
            if (tool != null) {
                checks.check(() -> standIn(tool, STAND_IN_CODE, null));
            }
            if (action != null) {
                checks.check(() -> standIn(STAND_IN_CODE, action, null));
            }
            if (assetId != null) {
                checks.check(() -> standIn(STAND_IN_CODE, STAND_IN_CODE, assetId));
            }
        }
        checks.throwIfAny();
        return new Activity(id, hubId, email, tool, action, occurredAt, assetId);
    }

    /** Whether the activity's own rules (lengths of tool, action, asset) take these values. */
    private static boolean ownRulesAllow(String tool, String action, String assetId) {
        try {
            standIn(tool, action, assetId);
            return true;
        } catch (DomainException refused) {
            return false;
        }
    }

    /** An activity of these values and valid stand-ins for the others. */
    private static Activity standIn(String tool, String action, String assetId) {
        return new Activity(STAND_IN_ID, StandIns.HUB_ID, StandIns.EMAIL, tool, action, STAND_IN_INSTANT, assetId);
    }

    private static String orStandIn(String code) {
        return code == null ? STAND_IN_CODE : code;
    }

    /** The item's activityId when it is a well-formed one, so the caller can match the rejection; else null. */
    private static String echoedId(JsonObject item) {
        Object id = item.getValue("activityId");
        return id instanceof String text && !text.isEmpty() && text.length() <= ActivityId.MAX_LENGTH ? text : null;
    }

    private static List<FieldError> fieldErrors(ProblemException problem) {
        return problem.errors().isEmpty() ? List.of(new FieldError(FIELD, problem.detail())) : problem.errors();
    }

    /**
     * {@code {"accepted","duplicates","rejected": [{"index","activityId","errors": [{"field","message"}]}],
     * "conflicted","conflicts": [{"index","activityId","fields": [...]}]}}.
     */
    static JsonObject result(RecordActivitiesResult recorded, List<RecordActivitiesResult.Rejection> malformed) {
        List<RecordActivitiesResult.Rejection> rejections = new ArrayList<>(recorded.rejected());
        rejections.addAll(malformed);
        rejections.sort(Comparator.comparingInt(RecordActivitiesResult.Rejection::index));
        JsonArray rejected = new JsonArray();
        for (RecordActivitiesResult.Rejection rejection : rejections) {
            JsonArray errors = new JsonArray();
            rejection.errors().forEach(error -> errors.add(new JsonObject()
                    .put("field", error.field())
                    .put("message", error.message())));
            rejected.add(new JsonObject()
                    .put("index", rejection.index())
                    .put("activityId", rejection.activityId())
                    .put("errors", errors));
        }
        JsonArray conflicts = new JsonArray();
        for (RecordActivitiesResult.Conflict conflict : recorded.conflicts()) {
            conflicts.add(new JsonObject()
                    .put("index", conflict.index())
                    .put("activityId", conflict.activityId())
                    .put("fields", new JsonArray(conflict.fields())));
        }
        return new JsonObject()
                .put("accepted", recorded.accepted())
                .put("duplicates", recorded.duplicates())
                .put("rejected", rejected)
                .put("conflicted", recorded.conflicts().size())
                .put("conflicts", conflicts);
    }

    /** {@code {"activities": [...]}}, newest first as the use case answers them. */
    static JsonObject activities(List<RecordedActivity> recorded) {
        JsonArray array = new JsonArray();
        recorded.forEach(entry -> array.add(toJson(entry)));
        return new JsonObject().put(FIELD, array);
    }

    static JsonObject toJson(RecordedActivity recorded) {
        Activity activity = recorded.activity();
        JsonArray attributedTo = new JsonArray();
        recorded.attributedTo().stream().map(PartnerId::value).forEach(attributedTo::add);
        return new JsonObject()
                .put("activityId", activity.id().value())
                .put("hubId", activity.hubId().value())
                .put("userEmail", activity.userEmail().value())
                .put("tool", activity.tool())
                .put("action", activity.action())
                .put("occurredAt", JsonFormats.instant(activity.occurredAt()))
                .put("assetId", activity.assetId())
                .put("qualifies", recorded.qualifies())
                .put("attributedTo", attributedTo);
    }
}

package com.managedmrr.web.api;

import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.DomainException.FieldError;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Typed reads of the fields of a JSON object (as {@link JsonBody} parsed it). A missing or wrongly typed field fails
 * with a 400 {@link ProblemException} naming the field as the caller sent it ({@code emailDomains[1]}). Unknown extra
 * fields are ignored.
 */
final class JsonFields {

    /** A decimal as text: optional sign, digits, optional fraction. No exponent, no spaces. */
    private static final Pattern DECIMAL_TEXT = Pattern.compile("[+-]?\\d{1,40}(\\.\\d{1,40})?");
    /** Bounds a number sent as JSON (e.g. {@code 1e999999999}) before anyone scales it. */
    private static final int MAX_DECIMAL_DIGITS = 40;

    private final JsonObject object;

    private JsonFields(JsonObject object) {
        this.object = object;
    }

    static JsonFields of(JsonObject object) {
        return new JsonFields(object);
    }

    String name(String field) {
        return field;
    }

    String requiredString(String field) {
        return optionalString(field).orElseThrow(() -> missing(field));
    }

    Optional<String> optionalString(String field) {
        Object value = object.getValue(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw wrongType(field, "a string");
        }
        return Optional.of(storable(name(field), text));
    }

    boolean optionalBoolean(String field, boolean otherwise) {
        Object value = object.getValue(field);
        if (value == null) {
            return otherwise;
        }
        if (!(value instanceof Boolean flag)) {
            throw wrongType(field, "true or false");
        }
        return flag;
    }

    /** A positive 64-bit integer sent as a JSON number. */
    long requiredPositiveLong(String field) {
        Object value = object.getValue(field);
        if (value == null) {
            throw missing(field);
        }
        if (!(value instanceof Long number) || number <= 0) {
            throw wrongType(field, "a positive 64-bit integer");
        }
        return number;
    }

    /** An amount of money (or a point unit): a JSON string holding a decimal, or a JSON number. */
    BigDecimal requiredDecimal(String field) {
        Object value = object.getValue(field);
        if (value == null) {
            throw missing(field);
        }
        BigDecimal amount = decimal(value);
        if (amount == null) {
            throw wrongType(field, "a decimal amount such as \"1000.00\"");
        }
        return amount;
    }

    /**
     * An array of strings, each built into a value by {@code build} (e.g. {@code Email::of}); every element that is not
     * a string, is not storable or that {@code build} refuses is named {@code field[i]} in {@code checks}, as is a
     * missing or wrongly typed array. Null when any of them is invalid.
     */
    <T> List<T> requiredEach(String field, FieldChecks checks, Function<String, T> build) {
        JsonArray array = checks.check(() -> requiredArray(field));
        if (array == null) {
            return null;
        }
        List<T> values = new ArrayList<>(array.size());
        boolean allValid = true;
        for (int i = 0; i < array.size(); i++) {
            String name = name(field) + "[" + i + "]";
            Object raw = array.getValue(i);
            T value = checks.check(() -> {
                if (!(raw instanceof String text)) {
                    throw problem(name, "must be a string");
                }
                return as(name, build, storable(name, text));
            });
            allValid &= value != null;
            values.add(value);
        }
        return allValid ? values : null;
    }

    JsonArray requiredArray(String field) {
        Object value = object.getValue(field);
        if (value == null) {
            throw missing(field);
        }
        if (!(value instanceof JsonArray array)) {
            throw wrongType(field, "an array");
        }
        return array;
    }

    /**
     * Builds a value from a field's raw value; a {@link DomainException} the builder throws is told against this
     * field's name (the domain names fields its own way, e.g. {@code email} for {@code emails[2]}).
     */
    static <T> T as(String fieldName, Function<String, T> builder, String raw) {
        try {
            return builder.apply(raw);
        } catch (DomainException invalid) {
            if (invalid.kind() != DomainException.Kind.INVALID) {
                throw invalid;
            }
            String message = invalid.fieldErrors().isEmpty()
                    ? invalid.getMessage()
                    : invalid.fieldErrors().get(0).message();
            throw problem(fieldName, message);
        }
    }

    /** Text PostgreSQL cannot store (NUL) or that is not Unicode is refused, naming the field, never replaced. */
    private static String storable(String fieldName, String text) {
        Optional<String> problem = StorableText.problem(text);
        if (problem.isPresent()) {
            throw problem(fieldName, problem.get());
        }
        return text;
    }

    static ProblemException problem(String fieldName, String message) {
        return new ProblemException(400, fieldName + " " + message,
                List.of(new FieldError(fieldName, message)));
    }

    private ProblemException missing(String field) {
        return problem(name(field), "is required");
    }

    private ProblemException wrongType(String field, String expected) {
        return problem(name(field), "must be " + expected);
    }

    private static BigDecimal decimal(Object value) {
        BigDecimal amount;
        if (value instanceof String text) {
            if (!DECIMAL_TEXT.matcher(text).matches()) {
                return null;
            }
            amount = new BigDecimal(text);
        } else if (value instanceof Long number) {
            amount = BigDecimal.valueOf(number);
        } else if (value instanceof BigInteger number) {
            amount = new BigDecimal(number);
        } else if (value instanceof BigDecimal number) {
            amount = number;
        } else {
            return null;
        }
        if (amount.precision() > MAX_DECIMAL_DIGITS || Math.abs(amount.scale()) > MAX_DECIMAL_DIGITS) {
            return null;
        }
        return amount;
    }
}

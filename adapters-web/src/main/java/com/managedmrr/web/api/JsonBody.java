package com.managedmrr.web.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.managedmrr.domain.model.DomainException.FieldError;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

/**
 * Reads a request body as a JSON object. Only {@code Content-Type: application/json} is accepted (else 415); a body
 * that is not one JSON object is a 400. Numbers keep their exact text: integers become {@code Long} (or
 * {@code BigInteger}), fractions and exponents {@code BigDecimal}, never a {@code double}.
 */
final class JsonBody {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .build())
            .build();

    private JsonBody() {
    }

    /** The request's body as a JSON object; fails with 415 or 400 as a {@link ProblemException}. */
    static JsonObject object(RoutingContext ctx) {
        requireJsonContentType(ctx);
        Buffer body = ctx.body().buffer();
        if (body == null || body.length() == 0) {
            throw new ProblemException(400, "the request needs a JSON object as its body");
        }
        byte[] bytes = body.getBytes();
        if (!StorableText.utf8(bytes)) {
            // the parser would let some of these through (an encoded surrogate, an over-long NUL) as other text
            throw new ProblemException(400, "the request body is not valid UTF-8");
        }
        return parseObject(bytes);
    }

    static void requireJsonContentType(RoutingContext ctx) {
        String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            throw new ProblemException(415, "send the body as JSON, with Content-Type: application/json");
        }
    }

    static JsonObject parseObject(byte[] bytes) {
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new ProblemException(400, "the request body must be a JSON object");
            }
            JsonObject object = readObject(parser);
            if (parser.nextToken() != null) {
                throw new ProblemException(400, "the request body holds more than one JSON value");
            }
            return object;
        } catch (JsonProcessingException malformed) {
            throw new ProblemException(400, "the request body is not valid JSON: " + malformed.getOriginalMessage());
        } catch (IOException unreadable) {
            throw new ProblemException(400, "the request body is not valid JSON");
        }
    }

    private static JsonObject readObject(JsonParser parser) throws IOException {
        JsonObject object = new JsonObject();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = parser.currentName();
            requireWellFormed(parser, name);
            parser.nextToken();
            object.put(name, readValue(parser));
        }
        return object;
    }

    private static JsonArray readArray(JsonParser parser) throws IOException {
        JsonArray array = new JsonArray();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            array.add(readValue(parser));
        }
        return array;
    }

    private static Object readValue(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readObject(parser);
            case START_ARRAY -> readArray(parser);
            case VALUE_STRING -> requireWellFormed(parser, parser.getText());
            case VALUE_NUMBER_INT -> integer(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new ProblemException(400, "the request body is not valid JSON");
        };
    }

    /**
     * A JSON string may escape an unpaired UTF-16 surrogate ({@code "\\ud800"}), which no UTF-8 text can hold: it would
     * be stored as {@code ?}, so that two different strings became one. Refused (400), naming where it is.
     */
    private static String requireWellFormed(JsonParser parser, String text) {
        if (!StorableText.wellFormed(text)) {
            String field = fieldPath(parser.getParsingContext());
            throw new ProblemException(400, (field.isEmpty() ? "the request body" : field) + " "
                    + StorableText.INVALID_UNICODE,
                    List.of(new FieldError(field.isEmpty() ? "body" : field, StorableText.INVALID_UNICODE)));
        }
        return text;
    }

    /** Where the parser is, as the API names fields: {@code activities[3].tool}. */
    private static String fieldPath(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            String step;
            if (at.inArray()) {
                step = "[" + Math.max(0, at.getCurrentIndex()) + "]";
            } else {
                String name = at.getCurrentName();
                step = name == null ? "" : (at.getParent() != null && at.getParent().inRoot() ? name : "." + name);
            }
            path.insert(0, step);
        }
        return path.toString();
    }

    private static Object integer(BigInteger value) {
        return value.bitLength() < Long.SIZE ? (Object) value.longValueExact() : value;
    }
}

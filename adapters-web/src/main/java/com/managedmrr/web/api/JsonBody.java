package com.managedmrr.web.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
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
        return parseObject(body.getBytes());
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
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> integer(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new ProblemException(400, "the request body is not valid JSON");
        };
    }

    private static Object integer(BigInteger value) {
        return value.bitLength() < Long.SIZE ? (Object) value.longValueExact() : value;
    }
}

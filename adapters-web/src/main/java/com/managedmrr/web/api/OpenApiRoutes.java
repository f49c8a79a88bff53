package com.managedmrr.web.api;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code GET /openapi.json}: the OpenAPI 3.1 document of this API, read once from the classpath; no token needed. */
public final class OpenApiRoutes implements ApiRoutes {

    /** Where the document lives on the classpath. */
    public static final String RESOURCE = "/openapi/openapi.json";

    private final Buffer document;

    public OpenApiRoutes() {
        this.document = Buffer.buffer(read());
    }

    /** The document, parsed: for tests and tools. */
    public static JsonObject document() {
        return new JsonObject(new String(read(), StandardCharsets.UTF_8));
    }

    @Override
    public boolean needsToken() {
        return false;
    }

    @Override
    public void mount(Router api) {
        api.get("/openapi.json").handler(ctx -> ctx.response()
                .putHeader("Content-Type", Replies.JSON)
                .putHeader("Cache-Control", "no-cache")
                .end(document));
    }

    private static byte[] read() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}

package com.managedmrr.web.api;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/** Lets a request through only with {@code Authorization: Bearer <the API token>}; otherwise 401 problem+json. */
final class BearerTokenHandler implements Handler<RoutingContext> {

    private static final String SCHEME = "bearer ";

    private final byte[] expectedDigest;

    BearerTokenHandler(String apiToken) {
        if (apiToken == null || apiToken.isEmpty()) {
            throw new IllegalArgumentException("an API token is required");
        }
        this.expectedDigest = sha256(apiToken);
    }

    @Override
    public void handle(RoutingContext ctx) {
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.isBlank()) {
            Problems.unauthorized(ctx, "send the API token as Authorization: Bearer <token>");
            return;
        }
        if (!authorization.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            Problems.unauthorized(ctx, "the Authorization header must use the Bearer scheme");
            return;
        }
        String presented = authorization.substring(SCHEME.length()).trim();
        // digests have the same length whatever the input, so the comparison leaks neither content nor length
        if (!MessageDigest.isEqual(sha256(presented), expectedDigest)) {
            Problems.unauthorized(ctx, "the bearer token is not valid");
            return;
        }
        ctx.next();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}

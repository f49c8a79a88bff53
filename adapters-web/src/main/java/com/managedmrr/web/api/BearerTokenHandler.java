package com.managedmrr.web.api;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lets a request through only with {@code Authorization: Bearer <one of the API tokens>}, and records which caller's
 * token it was ({@link ApiCaller}); otherwise 401 problem+json.
 */
final class BearerTokenHandler implements Handler<RoutingContext> {

    private static final String SCHEME = "bearer ";

    private record Caller(String name, byte[] digest) {
    }

    private final List<Caller> callers;

    BearerTokenHandler(Map<String, String> tokensByCaller) {
        if (tokensByCaller == null || tokensByCaller.isEmpty()) {
            throw new IllegalArgumentException("an API token is required");
        }
        List<Caller> list = new ArrayList<>();
        tokensByCaller.forEach((name, token) -> {
            if (name == null || name.isEmpty() || token == null || token.isEmpty()) {
                throw new IllegalArgumentException("every API token needs a caller name and a value");
            }
            list.add(new Caller(name, sha256(token)));
        });
        this.callers = List.copyOf(list);
    }

    @Override
    public void handle(RoutingContext ctx) {
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.isBlank()) {
            Problems.unauthorized(ctx, ProblemTexts.TOKEN_MISSING);
            return;
        }
        if (!authorization.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            Problems.unauthorized(ctx, ProblemTexts.NOT_BEARER);
            return;
        }
        byte[] presented = sha256(authorization.substring(SCHEME.length()).trim());
        // digests have the same length whatever the input, so the comparison leaks neither content nor length; every
        // token is compared, so the time taken does not tell which one matched
        String matched = null;
        for (Caller caller : callers) {
            if (MessageDigest.isEqual(presented, caller.digest()) && matched == null) {
                matched = caller.name();
            }
        }
        if (matched == null) {
            Problems.unauthorized(ctx, ProblemTexts.TOKEN_INVALID);
            return;
        }
        ApiCaller.set(ctx, matched);
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

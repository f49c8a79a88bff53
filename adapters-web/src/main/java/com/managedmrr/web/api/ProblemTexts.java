package com.managedmrr.web.api;

/**
 * What the API's handlers say in a problem's {@code detail} (or a field error's {@code message}) when the request
 * fails before any use case runs: kept here, out of the handlers, so that the wording is read and changed in one
 * place. Field readers ({@link JsonBody}, {@link JsonFields}, {@link RequestParams}) word their own.
 */
final class ProblemTexts {

    static final String BODY_NOT_JSON = "the request body is not valid JSON";
    static final String DATABASE_UNAVAILABLE = "the database is unavailable right now; try again later";
    static final String TOO_SLOW = "the request took too long; try again later";
    static final String MALFORMED_TARGET =
            "the request's path or query is malformed (bad percent-encoding, bytes that are not UTF-8, or NUL)";
    static final String METHOD_NOT_IMPLEMENTED = "the method is not one this server implements";
    static final String TOKEN_MISSING = "send the API token as Authorization: Bearer <token>";
    static final String NOT_BEARER = "the Authorization header must use the Bearer scheme";
    static final String TOKEN_INVALID = "the bearer token is not valid";
    static final String NOT_AN_AUDIT_ENTRY_ID = "must be an audit entry id (a positive whole number)";

    private ProblemTexts() {
    }

    static String noResource(String path) {
        return "there is no resource at " + path;
    }

    static String methodNotAllowed(String method, String allow) {
        return method + " is not allowed here; allowed: " + allow;
    }

    static String between(int min, int max) {
        return "must be between " + min + " and " + max;
    }
}

package com.managedmrr.web.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Every URL of the admin UI, built in one place with its path segments and query values encoded. */
public final class Paths {

    public static final String MOUNT = "/ui";
    public static final String SIGN_IN = MOUNT + "/sign-in";
    public static final String SIGN_OUT = MOUNT + "/sign-out";
    public static final String POINTS = MOUNT + "/points";
    public static final String POINTS_CSV = MOUNT + "/points.csv";
    public static final String POINTS_CHART = MOUNT + "/points/chart";
    public static final String CLIENTS = MOUNT + "/clients";
    public static final String CONTRACTORS = MOUNT + "/contractors";
    public static final String EMPLOYEES = MOUNT + "/employees";
    public static final String STATIC = MOUNT + "/static";

    private Paths() {
    }

    public static String explanation(long hubId) {
        return POINTS + "/" + hubId + "/explanation";
    }

    public static String client(long hubId) {
        return CLIENTS + "/" + hubId;
    }

    public static String addEmployeesForm(long hubId) {
        return client(hubId) + "/add-employees";
    }

    public static String employees(long hubId) {
        return client(hubId) + "/employees";
    }

    public static String staff(long hubId, String email) {
        return client(hubId) + "/staff/" + segment(email);
    }

    public static String reactivation(long hubId, String email) {
        return staff(hubId, email) + "/reactivation";
    }

    /** Add employees on a client's page: the form (GET) and where it is sent (POST). */
    public static String addStaff(long hubId) {
        return client(hubId) + "/staff/add";
    }

    public static String staffList(long hubId) {
        return client(hubId) + "/staff";
    }

    public static String unassign(long hubId, String email) {
        return staff(hubId, email) + "/unassign";
    }

    public static String removal(long hubId, String email) {
        return staff(hubId, email) + "/removal";
    }

    public static String removalReview(long hubId, String email) {
        return removal(hubId, email) + "/review";
    }

    /**
     * The client's page at its date ({@code asOf}, empty for today) with the Remove wizard open for the user at the
     * step (1 or 2).
     */
    public static String clientRemoval(long hubId, String email, int step, String asOf) {
        return withQuery(client(hubId), params("remove", email, "step", step == 2 ? "2" : "", "asOf", asOf));
    }

    public static String contractor(String email) {
        return CONTRACTORS + "/" + segment(email);
    }

    public static String linkClientsForm(String email) {
        return contractor(email) + "/link";
    }

    public static String contractorClients(String email) {
        return contractor(email) + "/clients";
    }

    /** One path segment, percent-encoded (a space is %20, never +). */
    public static String segment(String raw) {
        return URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The path with the non-empty parameters as a query string, in the order given. */
    public static String withQuery(String path, Map<String, String> params) {
        StringJoiner query = new StringJoiner("&");
        params.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                query.add(segment(name) + "=" + segment(value));
            }
        });
        return query.length() == 0 ? path : path + "?" + query;
    }

    public static Map<String, String> params(String... namesAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            params.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }
}

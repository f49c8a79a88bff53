package com.managedmrr.web.observe;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The routes of a router and its sub-routers as templates ({@code /api/v1/partners/:partnerId}), to name a request by
 * its route (never by its raw path, which may hold e-mails) and to tell a wrong method on a known path from an
 * unknown path. Read from the router once its routes are mounted; routes without a path and regular-expression
 * routes are left out.
 */
public final class RouteTemplates {

    /** The route label of a request that matched no route: one value, whatever the path. */
    public static final String UNMATCHED = "unmatched";

    private record Template(Set<HttpMethod> methods, String[] segments, boolean prefix, String name) {

        boolean matchesPath(String[] path) {
            if (prefix ? path.length < segments.length : path.length != segments.length) {
                return false;
            }
            for (int i = 0; i < segments.length; i++) {
                String segment = segments[i];
                boolean parameter = segment.startsWith(":") && !path[i].isEmpty();
                if (!parameter && !segment.equals(path[i])) {
                    return false;
                }
            }
            return true;
        }

        boolean allows(HttpMethod method) {
            return methods.isEmpty() || methods.contains(method);
        }
    }

    private final List<Template> templates;

    private RouteTemplates(List<Template> templates) {
        this.templates = List.copyOf(templates);
    }

    /** The routes of {@code router}, whose paths are relative to {@code mountPoint} ("" for the root router). */
    public static RouteTemplates of(Router router, String mountPoint) {
        List<Template> templates = new ArrayList<>();
        collect(router, strip(mountPoint), templates);
        return new RouteTemplates(templates);
    }

    private static void collect(Router router, String prefix, List<Template> into) {
        for (Route route : router.getRoutes()) {
            String path = route.getPath();
            if (path == null) { // a regular-expression route: no template to show
                continue;
            }
            if (route.getSubRouter() != null) {
                collect(route.getSubRouter(), prefix + strip(path), into);
                continue;
            }
            boolean prefixRoute = !route.isExactPath();
            String full = prefix + strip(path);
            into.add(new Template(route.methods() == null ? Set.of() : Set.copyOf(route.methods()), segments(full), prefixRoute,
                    (full.isEmpty() ? "/" : full) + (prefixRoute ? "/*" : "")));
        }
    }

    /**
     * The template of the first route named for this method that takes the path, else of the first route for every
     * method that does (a route for every method is usually a guard in front of the specific ones).
     */
    public Optional<String> template(HttpMethod method, String path) {
        String[] segments = segments(strip(path));
        Template anyMethod = null;
        for (Template template : templates) {
            if (template.allows(method) && template.matchesPath(segments)) {
                if (!template.methods().isEmpty()) {
                    return Optional.of(template.name());
                }
                if (anyMethod == null) {
                    anyMethod = template;
                }
            }
        }
        return Optional.ofNullable(anyMethod).map(Template::name);
    }

    /**
     * The methods routes take on this path; empty when no route has it, or when a route of this very path takes every
     * method (a wrong method there is not a 405). Guards for every method over a whole prefix do not count.
     */
    public Set<HttpMethod> allowedMethods(String path) {
        String[] segments = segments(strip(path));
        Set<HttpMethod> allowed = new LinkedHashSet<>();
        for (Template template : templates) {
            if (template.matchesPath(segments)) {
                if (template.methods().isEmpty()) {
                    if (!template.prefix()) {
                        return Set.of();
                    }
                    continue;
                }
                allowed.addAll(template.methods());
            }
        }
        return allowed;
    }

    private static String strip(String path) {
        if (path == null) {
            return "";
        }
        String stripped = path;
        while (stripped.endsWith("/") || stripped.endsWith("*")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }

    private static String[] segments(String path) {
        return path.isEmpty() ? new String[0] : path.substring(path.startsWith("/") ? 1 : 0).split("/", -1);
    }
}

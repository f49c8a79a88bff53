package com.managedmrr.web.ui;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The UI's static files (its style sheet, script, icon, and htmx from its webjar), read once at start-up and served
 * from memory under a URL that holds a hash of their content ({@code /ui/static/app.3f2a9c1e.css}), cached
 * {@code immutable} for a year: a changed file gets a new URL, so no browser keeps an old one. Templates name a file
 * through {@code ${#assets.url('app.css')}} ({@link UiDialect}).
 *
 * <p>A URL with another hash (a page rendered before a deployment, or by an instance still running the old version)
 * or with none is redirected, uncached, to the file's current URL: the page still gets a style sheet and a script,
 * and a hashed URL never answers bytes other than the ones its hash names. A name that is not one of the files is
 * not found.
 */
public final class StaticAssets {

    /** One year: how long a browser may keep a hashed file without asking again. */
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** The icon at {@code /favicon.ico}, a URL that cannot change with its content. */
    public static final String ICON_CACHE = "public, max-age=86400";
    public static final String ICON = "favicon.svg";
    static final String HTMX = "htmx.min.js";
    private static final List<String> WEBROOT_FILES = List.of("app.css", "app.js", ICON);
    private static final String WEBROOT = "webroot/static/";
    private static final int HASH_HEX_DIGITS = 8;
    private static final Pattern HASHED = Pattern.compile("(.+)\\.([0-9a-f]{" + HASH_HEX_DIGITS + "})\\.([a-z0-9]+)");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml");

    /** A file: its name without hash, the name it is served under, its content type and bytes. */
    record Asset(String name, String hashedName, String contentType, Buffer content) {
    }

    private final Map<String, Asset> byName;

    private StaticAssets(Map<String, Asset> byName) {
        this.byName = Map.copyOf(byName);
    }

    /** The files from the class path: {@code webroot/static/} and htmx from the webjar the build pinned. */
    public static StaticAssets load() {
        ClassLoader loader = StaticAssets.class.getClassLoader();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : WEBROOT_FILES) {
            files.put(name, read(loader, WEBROOT + name));
        }
        files.put(HTMX, read(loader, htmxPath(loader)));
        return of(files);
    }

    /** These files, by name. */
    static StaticAssets of(Map<String, byte[]> files) {
        Map<String, Asset> assets = new LinkedHashMap<>();
        files.forEach((name, bytes) -> {
            int dot = name.lastIndexOf('.');
            String extension = name.substring(dot + 1);
            String type = TYPES.get(extension);
            if (dot <= 0 || type == null) {
                throw new IllegalArgumentException("not a static file the UI knows how to serve: " + name);
            }
            String hashed = name.substring(0, dot) + "." + hash(bytes) + "." + extension;
            assets.put(name, new Asset(name, hashed, type, Buffer.buffer(bytes)));
        });
        return new StaticAssets(assets);
    }

    /** The URL the file is served under now; a name that is not one of the files fails the page's rendering. */
    public String url(String name) {
        Asset asset = byName.get(name);
        if (asset == null) {
            throw new IllegalArgumentException("no static file named " + name);
        }
        return Paths.STATIC + "/" + asset.hashedName();
    }

    /** Serves {@code /ui/static/*}: the file when its hash is current, else a redirect to it, or not found. */
    void serve(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        String requested = path.substring(path.lastIndexOf('/') + 1);
        Optional<Asset> asset = path.equals(Paths.STATIC + "/" + requested) ? find(requested) : Optional.empty();
        if (asset.isEmpty()) {
            ctx.fail(404);
            return;
        }
        if (!asset.get().hashedName().equals(requested)) {
            ctx.response().putHeader("Cache-Control", "no-store");
            ctx.redirect(url(asset.get().name()));
            return;
        }
        send(ctx, asset.get(), IMMUTABLE);
    }

    /** Serves the icon under a URL that does not change with it ({@code /favicon.ico}). */
    void serveIcon(RoutingContext ctx) {
        send(ctx, byName.get(ICON), ICON_CACHE);
    }

    private static void send(RoutingContext ctx, Asset asset, String cacheControl) {
        ctx.response()
                .putHeader("Content-Type", asset.contentType())
                .putHeader("Cache-Control", cacheControl)
                .end(asset.content());
    }

    /** The file a requested name stands for: its current name, an old hashed name, or the bare name. */
    Optional<Asset> find(String requested) {
        if (requested == null) {
            return Optional.empty();
        }
        Matcher hashed = HASHED.matcher(requested);
        String name = hashed.matches() ? hashed.group(1) + "." + hashed.group(3) : requested;
        return Optional.ofNullable(byName.get(name));
    }

    private static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest).substring(0, HASH_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    private static String htmxPath(ClassLoader loader) {
        Properties pom = new Properties();
        try (InputStream in = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/htmx.org/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the htmx.org webjar is not on the class path");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "META-INF/resources/webjars/htmx.org/" + pom.getProperty("version") + "/dist/htmx.min.js";
    }

    private static byte[] read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("a static file is missing from the class path: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

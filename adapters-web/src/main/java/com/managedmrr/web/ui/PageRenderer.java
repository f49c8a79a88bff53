package com.managedmrr.web.ui;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.CSRFHandler;
import io.vertx.ext.web.templ.thymeleaf.ThymeleafTemplateEngine;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders Thymeleaf templates (full class-path names such as {@code templates/points/page.html}) into responses, from
 * view records (one per page or partial). The Vert.x engine is given a class-path resolver that reads templates as
 * UTF-8 and caches them, so a page never reads a file on the event loop after its first render. Every template sees {@code csrfToken}, {@code csrfField}, {@code lang} (the
 * request's {@link Language}, which is also the template's locale, so {@code #{...}} and {@code #texts} speak it),
 * {@code otherLanguages} and {@code currentUrl} (for the language switch) and, when signed in, {@code admin}.
 */
public final class PageRenderer {

    public static final String CSRF_FIELD = CSRFHandler.DEFAULT_HEADER_NAME;
    public static final String HTML = "text/html; charset=utf-8";

    private final ThymeleafTemplateEngine engine;

    public PageRenderer(Vertx vertx) {
        this(vertx, StaticAssets.load());
    }

    /** Templates name the static files through {@code #assets} ({@link UiDialect}). */
    public PageRenderer(Vertx vertx, StaticAssets assets) {
        engine = ThymeleafTemplateEngine.create(vertx);
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PageRenderer.class.getClassLoader());
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        resolver.setCheckExistence(true);
        TemplateEngine thymeleaf = engine.unwrap();
        thymeleaf.setTemplateResolver(resolver);
        thymeleaf.addDialect(new UiDialect(assets));
        thymeleaf.setMessageResolver(UiDialect.messageResolver());
        // reads the bundles now, so that a broken one stops the server's start rather than fail a request
        Texts.in(Language.EN);
    }

    /**
     * Renders the template with the view (each of its record components a template variable, plus the common
     * entries) and ends the response with it.
     */
    public Future<Void> render(RoutingContext ctx, int status, String template, Record view) {
        Map<String, Object> data = variables(view);
        String token = ctx.get(CSRF_FIELD);
        data.put("csrfToken", token == null ? "" : token);
        data.put("csrfField", CSRF_FIELD);
        Language language = Language.of(ctx);
        data.put("lang", language.tag());
        data.put("otherLanguages", otherLanguages(language));
        data.put("currentUrl", HttpMethod.GET.equals(ctx.request().method()) && !Htmx.isHtmx(ctx)
                ? ctx.request().uri() : "");
        SignedInAdmin.find(ctx).ifPresent(admin -> data.put("admin",
                new AdminView(admin.email().value(), admin.partnerName())));
        return engine.render(data, template).compose(html -> {
            if (ctx.response().ended()) {
                return Future.succeededFuture();
            }
            return ctx.response()
                    .setStatusCode(status)
                    .putHeader("Content-Type", HTML)
                    .putHeader("Cache-Control", "no-store")
                    .putHeader("Content-Language", language.tag())
                    .putHeader("Vary", "HX-Request, Accept-Language, Cookie")
                    .end(html);
        });
    }

    public Future<Void> render(RoutingContext ctx, String template, Record view) {
        return render(ctx, 200, template, view);
    }

    /** The view's record components by name: what the template sees. */
    static Map<String, Object> variables(Record view) {
        Map<String, Object> variables = new HashMap<>();
        for (RecordComponent component : view.getClass().getRecordComponents()) {
            try {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                variables.put(component.getName(), accessor.invoke(view));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of " + view.getClass(), e);
            }
        }
        return variables;
    }

    private static List<Language> otherLanguages(Language current) {
        return Arrays.stream(Language.values()).filter(language -> language != current).toList();
    }

    /** The signed-in admin, as the page header shows them. */
    public record AdminView(String email, String partnerName) {
    }
}

package com.managedmrr.web.ui;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.messageresolver.IMessageResolver;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What templates reach beyond their view: {@code #assets} names a static file with the hash of its content
 * ({@code ${#assets.url('app.css')}}, {@link StaticAssets}); {@code #texts} is the {@link Texts} of the page's
 * language, which writes counts, money and dates ({@code ${#texts.count('key', n)}},
 * {@code ${#texts.money(currency, amount)}}); and {@code #{key}}, {@code #{key(arg)}} read the same bundles as the
 * handlers (through {@link #messageResolver()}). The page's language comes from the {@code lang} variable
 * {@link PageRenderer} sets, which the Vert.x engine makes the template's locale.
 */
final class UiDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String ASSETS = "assets";
    private static final String TEXTS = "texts";

    private final StaticAssets assets;

    UiDialect(StaticAssets assets) {
        super("managed-mrr-ui");
        this.assets = Objects.requireNonNull(assets, "assets");
    }

    static Texts of(Locale locale) {
        return Texts.in(locale == null ? Language.EN : Language.fromTag(locale.getLanguage()).orElse(Language.EN));
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(ASSETS, TEXTS);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return switch (expressionObjectName) {
                    case ASSETS -> assets;
                    case TEXTS -> of(context.getLocale());
                    default -> null;
                };
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                // both are the same all through one template's render
                return true;
            }
        };
    }

    /** Resolves {@code #{...}}; a key that is in neither bundle fails the render rather than show {@code ??key??}. */
    static IMessageResolver messageResolver() {
        return new IMessageResolver() {
            @Override
            public String getName() {
                return "texts";
            }

            @Override
            public Integer getOrder() {
                return 0;
            }

            @Override
            public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
                return of(context.getLocale()).get(key, parameters == null ? new Object[0] : parameters);
            }

            @Override
            public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                            Object[] parameters) {
                throw new IllegalArgumentException("no message " + key);
            }
        };
    }
}

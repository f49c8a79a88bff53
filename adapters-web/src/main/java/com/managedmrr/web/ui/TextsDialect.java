package com.managedmrr.web.ui;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.messageresolver.IMessageResolver;

import java.util.Locale;
import java.util.Set;

/**
 * The {@link Texts} of the page's language in templates: {@code #{key}} and {@code #{key(arg)}} read the same
 * bundles as the handlers (through {@link #messageResolver()}), and {@code #texts} writes counts, money and dates:
 * {@code ${#texts.count('clients.count', n)}}, {@code ${#texts.money(currency, amount)}}. The page's language comes
 * from the {@code lang} variable {@link PageRenderer} sets, which the Vert.x engine makes the template's locale.
 */
final class TextsDialect extends AbstractDialect implements IExpressionObjectDialect {

    static final String NAME = "texts";

    TextsDialect() {
        super("texts");
    }

    static Texts of(Locale locale) {
        return Texts.in(locale == null ? Language.EN : Language.fromTag(locale.getLanguage()).orElse(Language.EN));
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return NAME.equals(expressionObjectName) ? of(context.getLocale()) : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
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

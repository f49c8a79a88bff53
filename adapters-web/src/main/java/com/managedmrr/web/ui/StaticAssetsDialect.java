package com.managedmrr.web.ui;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import java.util.Objects;
import java.util.Set;

/**
 * The one way templates name a static file: {@code th:href="${#assets.url('app.css')}"} gives its URL with the hash
 * of its content ({@link StaticAssets}).
 */
final class StaticAssetsDialect extends AbstractDialect implements IExpressionObjectDialect {

    static final String NAME = "assets";

    private final StaticAssets assets;

    StaticAssetsDialect(StaticAssets assets) {
        super("static-assets");
        this.assets = Objects.requireNonNull(assets, "assets");
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
                return NAME.equals(expressionObjectName) ? assets : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}

package com.managedmrr.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.managedmrr.domain.credit.PointUnit;
import com.managedmrr.domain.credit.PointUnitTable;
import com.managedmrr.domain.credit.QualifyingActions;
import com.managedmrr.domain.credit.QualifyingCatalogue;
import com.managedmrr.domain.model.CurrencyCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link com.managedmrr.domain.port.CataloguePort} and {@link com.managedmrr.domain.port.PointUnitPort}. */
public abstract class CatalogueContract extends PortContract {

    private static final Set<String> EDITING = Set.of("CREATE", "EDIT", "PUBLISH");

    @Test
    void aFreshStore_theCatalogue_isSpec4_inEffectFromTheEpoch() {
        QualifyingCatalogue catalogue = await(ports().catalogue().catalogue());

        assertThat(catalogue.currentAt(Instant.EPOCH)).contains(new QualifyingActions("BLOG", Set.of("PUBLISH"), Instant.EPOCH));
        for (String tool : List.of("EMAIL", "LANDING_PAGES", "WEBSITE_PAGES", "FORMS", "CTAS", "WORKFLOWS", "LISTS", "CRM",
                "REPORTS", "SOCIAL", "ADS", "SEQUENCES", "KNOWLEDGE_BASE")) {
            assertThat(catalogue.currentAt(Instant.EPOCH)).contains(new QualifyingActions(tool, EDITING, Instant.EPOCH));
        }
        assertThat(catalogue.qualifies("BLOG", "EDIT", T0)).isFalse();
        assertThat(catalogue.qualifies("CRM", "VIEW", T0)).isFalse();
    }

    @Test
    void aNewTool_save_answersTrueThenFalse_andEachEntryTakesEffectFromItsInstant() {
        String tool = "TOOL_" + next();

        boolean created = await(ports().catalogue().save(new QualifyingActions(tool, Set.of("CREATE"), t(1))));
        boolean createdAgain = await(ports().catalogue().save(new QualifyingActions(tool, Set.of("EDIT", "PUBLISH"), t(5))));
        QualifyingCatalogue catalogue = await(ports().catalogue().catalogue());

        assertThat(created).isTrue();
        assertThat(createdAgain).isFalse();
        assertThat(catalogue.qualifies(tool, "CREATE", t(0))).isFalse();
        assertThat(catalogue.qualifies(tool, "CREATE", t(1))).isTrue();
        assertThat(catalogue.qualifies(tool, "CREATE", t(5))).isFalse();
        assertThat(catalogue.qualifies(tool, "PUBLISH", t(5))).isTrue();
        assertThat(catalogue.currentAt(t(6))).contains(new QualifyingActions(tool, Set.of("EDIT", "PUBLISH"), t(5)));
    }

    @Test
    void aFreshStore_thePointUnits_areSpec6_inEffectFromTheEpoch() {
        PointUnitTable units = await(ports().pointUnits().pointUnits());

        assertThat(units.unitAt(CurrencyCode.of("USD"), Instant.EPOCH)).hasValueSatisfying(u -> assertThat(u).isEqualByComparingTo("100"));
        assertThat(units.unitAt(CurrencyCode.of("JPY"), T0)).hasValueSatisfying(u -> assertThat(u).isEqualByComparingTo("14400"));
        assertThat(units.unitAt(CurrencyCode.of("COP"), T0)).hasValueSatisfying(u -> assertThat(u).isEqualByComparingTo("408000"));
        assertThat(units.currentAt(Instant.EPOCH)).extracting(u -> u.currency().code())
                .contains("USD", "EUR", "GBP", "AUD", "CAD", "SGD", "JPY", "ZAR", "COP");
    }

    @Test
    void aNewCurrency_save_answersTrueThenFalse_andEachUnitTakesEffectFromItsInstant() {
        CurrencyCode chf = CurrencyCode.of("CHF");

        boolean created = await(ports().pointUnits().save(new PointUnit(chf, new BigDecimal("90"), t(1))));
        boolean createdAgain = await(ports().pointUnits().save(new PointUnit(chf, new BigDecimal("92.50"), t(5))));
        PointUnitTable units = await(ports().pointUnits().pointUnits());

        assertThat(created).isTrue();
        assertThat(createdAgain).isFalse();
        assertThat(units.hasRate(chf)).isTrue();
        assertThat(units.unitAt(chf, t(0))).isEmpty();
        assertThat(units.unitAt(chf, t(4))).contains(new BigDecimal("90"));
        assertThat(units.unitAt(chf, t(5))).contains(new BigDecimal("92.5"));
        assertThat(units.currentAt(t(5))).contains(new PointUnit(chf, new BigDecimal("92.50"), t(5)));
    }
}

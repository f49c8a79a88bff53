package com.managedmrr.domain.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.managedmrr.domain.model.DomainException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/rules.md §4: the qualifying-action catalogue, seeded as the table, judged as it stood at the activity's instant. */
class QualifyingCatalogueTest {

    private static final Instant EPOCH = Instant.EPOCH;
    private static final Instant LATER = Instant.parse("2026-03-01T00:00:00Z");

    static QualifyingCatalogue seeded() {
        List<QualifyingActions> entries = new ArrayList<>();
        entries.add(new QualifyingActions("BLOG", Set.of("PUBLISH"), EPOCH));
        for (String tool : List.of("EMAIL", "LANDING_PAGES", "WEBSITE_PAGES", "FORMS", "CTAS", "WORKFLOWS", "LISTS",
                "CRM", "REPORTS", "SOCIAL", "ADS", "SEQUENCES", "KNOWLEDGE_BASE")) {
            entries.add(new QualifyingActions(tool, Set.of("CREATE", "EDIT", "PUBLISH"), EPOCH));
        }
        return new QualifyingCatalogue(entries);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "BLOG, PUBLISH, true",
            "BLOG, EDIT, false",
            "BLOG, CREATE, false",
            "BLOG, DRAFT, false",
            "EMAIL, CREATE, true",
            "LANDING_PAGES, EDIT, true",
            "KNOWLEDGE_BASE, PUBLISH, true",
            "SEQUENCES, DELETE, false",
            "CRM, LOGIN, false",
            "REPORTS, VIEW, false",
            "BLOG, LOGIN, false",
            "BLOG, VIEW, false",
            "TELEPORTER, CREATE, false",
            "TELEPORTER, LOGIN, false",
    })
    void seededCatalogue_qualifiesExactlyTheTablesActions(String tool, String action, boolean qualifies) {
        assertThat(seeded().qualifies(tool, action, LATER)).isEqualTo(qualifies);
    }

    @Test
    void loginOrView_neverQualify_evenIfSomeoneTriesToListThem() {
        assertThatThrownBy(() -> new QualifyingActions("CRM", Set.of("EDIT", "LOGIN"), LATER))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("NEVER_QUALIFYING_ACTION"));
        assertThatThrownBy(() -> new QualifyingActions("CRM", Set.of("view"), LATER))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void activity_isJudgedByTheCatalogueAsItStoodAtItsInstant() {
        List<QualifyingActions> entries = new ArrayList<>(seeded().entries());
        entries.add(new QualifyingActions("BLOG", Set.of("PUBLISH", "EDIT"), LATER));
        entries.add(new QualifyingActions("CHAT", Set.of("CREATE"), LATER));
        entries.add(new QualifyingActions("EMAIL", Set.of(), LATER));
        QualifyingCatalogue catalogue = new QualifyingCatalogue(entries);

        Instant justBefore = LATER.minusNanos(1000);
        assertThat(catalogue.qualifies("BLOG", "EDIT", justBefore)).isFalse();
        assertThat(catalogue.qualifies("BLOG", "EDIT", LATER)).isTrue();
        assertThat(catalogue.qualifies("CHAT", "CREATE", justBefore)).as("tool unknown then").isFalse();
        assertThat(catalogue.qualifies("CHAT", "CREATE", LATER)).isTrue();
        assertThat(catalogue.qualifies("EMAIL", "CREATE", justBefore)).isTrue();
        assertThat(catalogue.qualifies("EMAIL", "CREATE", LATER)).as("emptied").isFalse();
        assertThat(catalogue.currentAt(LATER)).extracting(QualifyingActions::tool).contains("CHAT");
        assertThat(catalogue.currentAt(justBefore)).extracting(QualifyingActions::tool).doesNotContain("CHAT");
    }
}

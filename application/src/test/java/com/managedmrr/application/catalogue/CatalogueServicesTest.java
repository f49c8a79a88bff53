package com.managedmrr.application.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.managedmrr.application.testing.Scenario;
import com.managedmrr.domain.credit.PointUnit;
import com.managedmrr.domain.credit.QualifyingActions;
import com.managedmrr.domain.model.DomainException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueServicesTest {

    private final Scenario s = new Scenario();

    @Test
    void seededCatalogue_listsSpecToolsWithTheirActions() {
        var entries = Scenario.await(s.app.services.listQualifyingActions().listQualifyingActions());

        assertThat(entries).hasSize(14);
        assertThat(entries).filteredOn(e -> e.tool().equals("BLOG")).singleElement()
                .extracting(QualifyingActions::actions).isEqualTo(Set.of("PUBLISH"));
        assertThat(entries).filteredOn(e -> !e.tool().equals("BLOG"))
                .allSatisfy(e -> assertThat(e.actions()).containsExactlyInAnyOrder("CREATE", "EDIT", "PUBLISH"));
    }

    @Test
    void setQualifyingActions_createsANewToolUpdatesAKnownOne_refusesLogin() {
        var created = Scenario.await(s.app.services.setQualifyingActions().setQualifyingActions(
                new SetQualifyingActionsCommand("chat", Set.of("create"))));
        var updated = Scenario.await(s.app.services.setQualifyingActions().setQualifyingActions(
                new SetQualifyingActionsCommand("BLOG", Set.of("PUBLISH", "EDIT"))));

        assertThat(created.created()).isTrue();
        assertThat(created.value().tool()).isEqualTo("CHAT");
        assertThat(updated.created()).isFalse();
        assertThat(updated.value().effectiveFrom()).isEqualTo(s.now());
        assertThatThrownBy(() -> Scenario.await(s.app.services.setQualifyingActions().setQualifyingActions(
                new SetQualifyingActionsCommand("BLOG", Set.of("LOGIN")))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("NEVER_QUALIFYING_ACTION"));
    }

    @Test
    void pointRates_seededAsSpec_newUnitEffectiveNow() {
        var rates = Scenario.await(s.app.services.listPointRates().listPointRates());
        assertThat(rates).extracting(u -> u.currency().code() + "=" + u.unit().toPlainString()).containsExactly(
                "AUD=154", "CAD=130", "COP=408000", "EUR=88", "GBP=74", "JPY=14400", "SGD=129", "USD=100", "ZAR=1768");

        s.advance(Duration.ofDays(1));
        var updated = Scenario.await(s.app.services.setPointRate().setPointRate(
                new SetPointRateCommand("USD", new BigDecimal("90"))));
        var created = Scenario.await(s.app.services.setPointRate().setPointRate(
                new SetPointRateCommand("CHF", new BigDecimal("91"))));

        assertThat(updated.created()).isFalse();
        assertThat(created.created()).isTrue();
        assertThat(Scenario.await(s.app.services.listPointRates().listPointRates()))
                .extracting(PointUnit::unit).contains(new BigDecimal("90"), new BigDecimal("91"));
        assertThatThrownBy(() -> Scenario.await(s.app.services.setPointRate().setPointRate(
                new SetPointRateCommand("XYZ", BigDecimal.TEN))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID));
        assertThatThrownBy(() -> Scenario.await(s.app.services.setPointRate().setPointRate(
                new SetPointRateCommand("USD", BigDecimal.ZERO))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID));
    }

    @Test
    void pointUnitsAtAnInstant_areThoseInEffectThen() {
        Instant before = s.now();
        s.advance(Duration.ofDays(1));
        Scenario.await(s.app.services.setPointRate().setPointRate(new SetPointRateCommand("USD", new BigDecimal("90"))));

        assertThat(Scenario.await(s.app.services.listPointUnits().listPointUnits(new PointUnitsQuery(before))))
                .extracting(u -> u.currency().code() + "=" + u.unit().toPlainString())
                .contains("USD=100", "EUR=88", "JPY=14400").hasSize(9);
        assertThat(Scenario.await(s.app.services.listPointUnits().listPointUnits(new PointUnitsQuery(s.now()))))
                .extracting(u -> u.currency().code() + "=" + u.unit().toPlainString()).contains("USD=90");
        assertThat(Scenario.await(s.app.services.listPointUnits().listPointUnits(
                new PointUnitsQuery(s.now().plus(Duration.ofDays(30))))))
                .extracting(u -> u.currency().code() + "=" + u.unit().toPlainString()).contains("USD=90");
    }
}

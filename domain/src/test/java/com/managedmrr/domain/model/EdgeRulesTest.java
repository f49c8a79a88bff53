package com.managedmrr.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** docs/rules.md §2 and §9: the edge rules the model itself enforces. */
class EdgeRulesTest {

    @Test
    void emails_compareCaseInsensitivelyAfterTrimming_storedLowerCase() {
        assertThat(Email.of("  Ann.Lee@ACME.Example ")).isEqualTo(Email.of("ann.lee@acme.example"));
        assertThat(Email.of("Ann@Acme.Example").value()).isEqualTo("ann@acme.example");
        assertThat(Email.of("Ann@Acme.Example").domain()).isEqualTo("acme.example");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\u0000ann@acme.example", "ann@acme.example\u0001", "an\u0008n@acme.example",
            "ann@acme.example\u001b", "\u000eann@acme.example", "ann\t@acme.example", "ann\u007f@acme.example",
            "<ann@acme.example>", "ann>@acme.example", "an\"n@acme.example", "ann@acme.exa<mple", "ann(x)@acme.example",
            "ann,bo@acme.example", "ann;@acme.example", "ann@acme..example", ".ann@acme.example", "ann.@acme.example",
            "a..nn@acme.example", "ann@-acme.example", "ann@acme.example-", "ann@ac me.example", "ann[1]@acme.example",
            "an\\n@acme.example", "ann@acme_x.example"})
    void emails_withControlCharactersOrCharactersAMailboxNeverHas_areRefused(String raw) {
        assertThatThrownBy(() -> Email.of(raw)).isInstanceOf(DomainException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ann.lee@acme.example", "ann+tag@acme.example", "o'brien@acme.example",
            "x_y-z@sub.acme.example", "\"ann lee\"@acme.example", "jos\u00e9@acme.example", "ann@b\u00fccher.example",
            "a!#$%&*/=?^`{|}~@acme.example", "  ann@acme.example  "})
    void emails_thatAMailboxCanHave_areAccepted(String raw) {
        assertThat(Email.of(raw).value()).isEqualTo(raw.strip().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void employeesDomain_mustBeOneOfThePartners() {
        Partner partner = new Partner(PartnerId.of("acme"), "Acme", java.util.List.of("ACME.example", "acme.test"));
        assertThat(partner.acceptsEmployee(Email.of("ann@acme.example"))).isTrue();
        assertThat(partner.acceptsEmployee(Email.of("ann@sub.acme.example"))).isFalse();
        assertThat(partner.acceptsEmployee(Email.of("ann@gmail.example"))).isFalse();
    }

    @ParameterizedTest(name = "{0} {1} -> accepted {2}")
    @CsvSource({
            "USD, 1000.00, true",
            "USD, 1000.005, false",
            "JPY, 10001, true",
            "JPY, 10001.5, false",
            "JPY, 10001.0, true",
            "USD, -1, false",
    })
    void mrr_withMoreDecimalsThanItsCurrency_isRefused(String currency, String mrr, boolean accepted) {
        CurrencyCode code = CurrencyCode.of(currency);
        if (accepted) {
            assertThat(Money.require("mrr", new BigDecimal(mrr), code).scale()).isEqualTo(code.minorUnits());
        } else {
            assertThatThrownBy(() -> Money.require("mrr", new BigDecimal(mrr), code))
                    .isInstanceOf(DomainException.class);
        }
    }

    @Test
    void activityInstants_areKeptToTheMicrosecond() {
        Activity activity = new Activity(ActivityId.of("a"), HubId.of(1), Email.of("a@b.example"), "blog", " publish ",
                Instant.parse("2026-01-01T00:00:00.123456789Z"), null);
        assertThat(activity.occurredAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00.123456Z"));
        assertThat(activity.tool()).isEqualTo("BLOG");
        assertThat(activity.action()).isEqualTo("PUBLISH");
    }

    @Test
    void minorUnits_followIso4217() {
        assertThat(CurrencyCode.of("JPY").minorUnits()).isZero();
        assertThat(CurrencyCode.of("USD").minorUnits()).isEqualTo(2);
        assertThatThrownBy(() -> CurrencyCode.of("XYZ")).isInstanceOf(DomainException.class);
    }
}

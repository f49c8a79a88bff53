package com.managedmrr.web.ui;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How each language writes counts, numbers, money and dates. */
class TextsTest {

    private static final String NBSP = "\u00a0";
    private final Texts english = Texts.in(Language.EN);
    private final Texts polish = Texts.in(Language.PL);

    @Test
    void english_hasOneAndOther() {
        assertThat(english.pluralCategory(0)).isEqualTo("other");
        assertThat(english.pluralCategory(1)).isEqualTo("one");
        assertThat(english.pluralCategory(2)).isEqualTo("other");
        assertThat(english.pluralCategory(21)).isEqualTo("other");
    }

    @Test
    void polish_hasOneFewAndMany_withTheTeensMany() {
        assertThat(polish.pluralCategory(1)).isEqualTo("one");
        for (long few : new long[] {2, 3, 4, 22, 23, 24, 102, 1004}) {
            assertThat(polish.pluralCategory(few)).as("%d", few).isEqualTo("few");
        }
        for (long many : new long[] {0, 5, 11, 12, 13, 14, 15, 21, 25, 111, 112, 1000}) {
            assertThat(polish.pluralCategory(many)).as("%d", many).isEqualTo("many");
        }
    }

    @Test
    void aCount_picksTheFormAndWritesTheNumberForTheLocale() {
        assertThat(english.count("signin.error.throttled", 1)).contains("Wait 1 second ");
        assertThat(english.count("signin.error.throttled", 1200)).contains("Wait 1,200 seconds ");
        assertThat(polish.count("signin.error.throttled", 1)).contains("Odczekaj 1 sekundę ");
        assertThat(polish.count("signin.error.throttled", 3)).contains("Odczekaj 3 sekundy ");
        assertThat(polish.count("signin.error.throttled", 12)).contains("Odczekaj 12 sekund ");
        assertThat(polish.count("signin.error.throttled", 1200)).contains("Odczekaj 1" + NBSP + "200 sekund ");
    }

    @Test
    void money_takesTheLocaleSeparators_andTheZlotyItsSymbolInPolish() {
        BigDecimal thousand = new BigDecimal("1000.00");
        assertThat(english.money("USD", thousand)).isEqualTo("1,000.00" + NBSP + "USD");
        assertThat(polish.money("USD", thousand)).isEqualTo("1" + NBSP + "000,00" + NBSP + "USD");
        assertThat(polish.money("PLN", thousand)).isEqualTo("1" + NBSP + "000,00" + NBSP + "zł");
        assertThat(english.money("PLN", thousand)).isEqualTo("1,000.00" + NBSP + "PLN");
    }

    @Test
    void yen_hasNoDecimalsInEitherLanguage() {
        BigDecimal yen = new BigDecimal("33333");
        assertThat(english.money("JPY", yen)).isEqualTo("33,333" + NBSP + "JPY");
        assertThat(polish.money("JPY", yen)).isEqualTo("33" + NBSP + "333" + NBSP + "JPY");
    }

    @Test
    void dates_areIsoInEnglishAndDayMonthYearInPolish_alwaysUtc() {
        Instant instant = Instant.parse("2026-03-01T23:30:00Z");
        assertThat(english.date(instant)).isEqualTo("2026-03-01");
        assertThat(polish.date(instant)).isEqualTo("01.03.2026");
        assertThat(english.dateTime(instant)).isEqualTo("2026-03-01 23:30 UTC");
        assertThat(polish.dateTime(instant)).isEqualTo("01.03.2026, 23:30 UTC");
        assertThat(english.month(LocalDate.of(2026, 3, 1))).isEqualTo("Mar 2026");
        assertThat(polish.month(LocalDate.of(2026, 3, 1))).isEqualTo("marzec 2026");
    }

    @Test
    void aMessage_takesItsArguments() {
        assertThat(english.get("common.pager.page", "2", "7")).isEqualTo("Page 2 of 7");
        assertThat(polish.get("common.pager.page", "2", "7")).isEqualTo("Strona 2 z 7");
    }

    @Test
    void aMissingKey_isAnError_notAPlaceholder() {
        assertThatThrownBy(() -> polish.get("common.no.such.key"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("common.no.such.key");
    }
}

package com.managedmrr.web.ui;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The "as of" date of the Points breakdown and a client's page: what it accepts, and the instant it stands for. */
class AsOfDateTest {

    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
    private static final Texts EN = Texts.in(Language.EN);
    private static final Texts PL = Texts.in(Language.PL);

    @Test
    void noDate_isToday_atThisVeryInstant() {
        AsOfDate none = new AsOfDate("");

        assertThat(none.error(NOW, EN)).isEmpty();
        assertThat(none.date(NOW)).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(none.at(NOW)).isEqualTo(NOW);
        assertThat(none.projection(NOW)).isFalse();
    }

    @Test
    void anotherDay_standsForItsLastMicrosecond_andAFutureOneIsAProjection() {
        assertThat(new AsOfDate("2025-12-31").at(NOW)).isEqualTo(Instant.parse("2025-12-31T23:59:59.999999Z"));
        assertThat(new AsOfDate("2025-12-31").projection(NOW)).isFalse();
        assertThat(new AsOfDate("2026-02-01").projection(NOW)).isTrue();
    }

    @Test
    void whatIsNotAnIsoDate_isRefusedInTheTextsLanguage_andLeftOut() {
        for (String wrong : new String[] {"abc", "2026-13-01", "05.01.2026", "2026-01-05T00:00"}) {
            assertThat(new AsOfDate(wrong).error(NOW, EN)).as(wrong).contains("Enter a date as YYYY-MM-DD.");
            assertThat(new AsOfDate(wrong).error(NOW, PL)).as(wrong).contains("Wpisz datę w formacie RRRR-MM-DD.");
            assertThat(new AsOfDate(wrong).valid(NOW).asOf()).as(wrong).isEmpty();
        }
    }

    @Test
    void aDateOutsideItsBounds_isRefusedNamingThem_andTheBoundsThemselvesAreShown() {
        assertThat(new AsOfDate("1999-12-31").error(NOW, EN)).contains("Pick a date between 2000-01-01 and 2036-01-05.");
        assertThat(new AsOfDate("2036-01-06").error(NOW, PL)).contains("Wybierz datę od 01.01.2000 do 05.01.2036.");
        assertThat(new AsOfDate("2036-01-06").valid(NOW).asOf()).isEmpty();
        assertThat(new AsOfDate("2000-01-01").error(NOW, EN)).isEmpty();
        assertThat(new AsOfDate("2036-01-05").valid(NOW).asOf()).isEqualTo("2036-01-05");
    }
}

package com.managedmrr.domain.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/rules.md §6: points = credit / unit × (2 in a growth market), rounded half-even to 2 decimals. */
class PointsConversionTest {

    @ParameterizedTest(name = "{0} / {1} growth={2} -> {3}")
    @CsvSource({
            "500.00, 100, false, 5.00",     // the worked example
            "1000.00, 100, false, 10.00",
            "1000.00, 100, true, 20.00",    // growth market doubles
            "3334, 14400, false, 0.23",     // 0.2315..
            "12.50, 100, false, 0.12",      // 0.125 -> 0.12 half-even (half-up: 0.13)
            "13.50, 100, false, 0.14",      // 0.135 -> 0.14
            "6.25, 100, true, 0.12",        // 2 × 6.25 / 100 = 0.125 -> 0.12
            "1.49, 100, true, 0.03",        // 2 × 1.49 / 100 = 0.0298 -> 0.03: doubled before rounding (not 2 × 0.01)
            "1768.00, 1768, true, 2.00",
            "0.00, 88, false, 0.00",
    })
    void points_fromRoundedCreditAndUnit(String credit, String unit, boolean growth, String points) {
        assertThat(PointsConversion.points(new BigDecimal(credit), new BigDecimal(unit), growth))
                .isEqualTo(new BigDecimal(points));
    }
}

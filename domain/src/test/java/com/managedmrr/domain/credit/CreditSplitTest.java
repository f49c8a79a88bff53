package com.managedmrr.domain.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.managedmrr.domain.model.CurrencyCode;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/rules.md §6: credit = MRR / |servicing|, rounded half-even to the currency's minor units. */
class CreditSplitTest {

    @ParameterizedTest(name = "{0} {1} / {2} -> {3}")
    @CsvSource({
            "USD, 1000.00, 1, 1000.00",
            "USD, 1000.00, 2, 500.00",    // the worked example
            "JPY, 10001, 3, 3334",        // 3333.67 -> 3334, no decimals in JPY
            "USD, 100.00, 3, 33.33",      // 33.333.. -> 33.33
            "USD, 0.25, 2, 0.12",         // 0.125 -> 0.12 (half-even; half-up would say 0.13)
            "USD, 0.35, 2, 0.18",         // 0.175 -> 0.18 (half-even rounds to the even neighbour)
            "JPY, 5, 2, 2",               // 2.5 -> 2
            "JPY, 7, 2, 4",               // 3.5 -> 4
            "EUR, 0.00, 3, 0.00",
            "USD, 1000.00, 0, 0.00",
    })
    void split_isAnEqualShareRoundedHalfEvenToMinorUnits(String currency, String mrr, int partners, String share) {
        BigDecimal credit = CreditSplit.share(new BigDecimal(mrr), partners, CurrencyCode.of(currency));

        assertThat(credit).isEqualTo(new BigDecimal(share));
    }
}

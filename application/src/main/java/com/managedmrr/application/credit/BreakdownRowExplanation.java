package com.managedmrr.application.credit;

import com.managedmrr.domain.credit.Explanation;
import com.managedmrr.domain.model.ClientAccount;
import java.util.Objects;

/** A row of the partner's breakdown at an instant: the client account as it stood then, and its explanation. */
public record BreakdownRowExplanation(ClientAccount client, Explanation explanation) {

    public BreakdownRowExplanation {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(explanation, "explanation");
    }
}

package com.managedmrr.web.ui.access;

import com.managedmrr.domain.model.ClientAccount;

/** A client account a contractor can be linked to (they have a seat there), and whether they are linked already. */
public record EligibleClientView(long hubId, String name, String label, boolean linked) {

    static EligibleClientView of(ClientAccount client, boolean linked) {
        long hubId = client.hubId().value();
        return new EligibleClientView(hubId, client.name(), client.name() + " (" + hubId + ")", linked);
    }
}

package com.managedmrr.web.ui.access;

import com.managedmrr.domain.store.PartnerUserAssignments;
import com.managedmrr.web.ui.Paths;

import java.util.List;

/**
 * A contractor on the Contractors tab with the clients they are linked to; {@code personName} names them in their
 * action's label as confirmations do (with the e-mail where another user shares the name).
 */
public record ContractorView(String email, String name, List<LinkedClientView> clients, String linkFormUrl,
                             String linkUrl, String tbodyId, String panelId, String personName) {

    static ContractorView of(PartnerUserAssignments contractor, AccessDirectory.Directory directory, int index) {
        String email = contractor.user().email().value();
        return new ContractorView(email, contractor.user().name(),
                contractor.assignedHubIds().stream()
                        .map(hub -> LinkedClientView.of(directory.clientOrBare(hub.value())))
                        .toList(),
                Paths.linkClientsForm(email), Paths.contractorClients(email),
                "contractor-" + index, "contractor-" + index + "-panel", directory.personName(email));
    }
}

package com.managedmrr.web.ui.access;

import com.managedmrr.web.ui.Paths;

import java.util.List;

/**
 * One client on the Clients tab: its staff (the partner's users assigned to it now) and, when open, the Add employees
 * panel or the message of what was just done.
 */
public record ClientRowView(long hubId, String name, String currency, String url, List<StaffView> staff,
                            String addEmployeesUrl, String employeesUrl, String tbodyId, String panelId) {

    static ClientRowView of(AccessDirectory.ClientListing client, AccessDirectory.Directory directory) {
        long hubId = client.hubId();
        return new ClientRowView(hubId, client.name(), client.currency(), Paths.client(hubId),
                directory.assignedTo(hubId).stream().map(StaffView::of).toList(),
                Paths.addEmployeesForm(hubId), Paths.employees(hubId), "client-" + hubId, "client-" + hubId + "-panel");
    }
}

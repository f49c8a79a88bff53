package com.managedmrr.web.ui.access;

import com.managedmrr.web.ui.Paths;

/** A client account a partner user is assigned to, with the link to its page. */
public record LinkedClientView(long hubId, String name, String url) {

    static LinkedClientView of(AccessDirectory.ClientListing client) {
        return new LinkedClientView(client.hubId(), client.name(), Paths.client(client.hubId()));
    }
}

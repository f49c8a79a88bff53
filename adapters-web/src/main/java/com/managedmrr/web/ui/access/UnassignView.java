package com.managedmrr.web.ui.access;

/**
 * The confirmation of Unassign on a client's page; {@code userName} names the user as every confirmation does;
 * {@code contractor}: the user is a contractor (the Remove action it points to then says so).
 */
public record UnassignView(String clientName, long hubId, String email, String userName, String unassignUrl,
                           boolean contractor) {
}

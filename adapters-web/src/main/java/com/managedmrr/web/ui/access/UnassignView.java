package com.managedmrr.web.ui.access;

/** The confirmation of Unassign on a client's page. */
public record UnassignView(String clientName, long hubId, String email, String userName, String unassignUrl) {
}

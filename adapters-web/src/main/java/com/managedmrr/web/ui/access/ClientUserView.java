package com.managedmrr.web.ui.access;

/**
 * One of the partner's users on a client's page: their status in the client account (with, for a deactivated seat,
 * what happens to the credit their activities keep), whether they are assigned, and the actions that apply to them.
 */
public record ClientUserView(String email, String name, String kind, String seat, String seatClass, String seatNote,
                             boolean assigned, boolean canReactivate, boolean canRemove, boolean canUnassign,
                             String reactivationUrl, String removalUrl, String unassignUrl) {
}

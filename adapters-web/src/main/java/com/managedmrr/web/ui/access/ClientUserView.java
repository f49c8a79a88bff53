package com.managedmrr.web.ui.access;

/**
 * One of the partner's users on a client's page: their status in the client account, whether they are assigned, and
 * the actions that apply to them.
 */
public record ClientUserView(String email, String name, String kind, String seat, String seatClass, boolean assigned,
                             boolean canReactivate, boolean canRemove, String reactivationUrl, String removalUrl) {
}

package com.managedmrr.web.ui.access;

/**
 * One of the partner's users on a client's page: their status in the client account (with, for a deactivated seat,
 * what happens to the credit their activities keep), whether they are assigned, and the actions that apply to them;
 * {@code personName} names them in the actions' labels (with the e-mail where another user shares the name);
 * {@code removing}: the Remove wizard is open for them.
 */
public record ClientUserView(String email, String name, String kind, String seat, String seatClass, String seatNote,
                             boolean assigned, boolean canReactivate, boolean canRemove, boolean canUnassign,
                             String reactivationUrl, String removalUrl, String unassignUrl, String personName,
                             boolean removing) {

    public boolean contractor() {
        return "Contractor".equals(kind);
    }
}

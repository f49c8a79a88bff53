package com.managedmrr.web.ui.access;

import java.util.List;

/**
 * The Remove employee from client wizard: step 1 (the client accounts the user loses access to and the assets
 * affected), step 2 (what the removal does, with a warning when it ends the managed relationship now). {@code userName}
 * names the user as every confirmation does; {@code contractor}: the user is a contractor (the wizard then says so);
 * {@code pageUrl}: the client's page without the wizard, where Cancel leaves the address bar.
 */
public record RemovalView(long hubId, String clientName, String email, String userName,
                          List<LinkedClientView> lostAccess, List<String> assets, boolean endsRelationship,
                          String stepOneUrl, String stepTwoUrl, String doneUrl, boolean contractor, String pageUrl) {
}

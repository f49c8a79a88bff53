package com.managedmrr.web.ui.access;

/**
 * A client's page, or its staff section alone after a change (htmx): the client and the partner's users in it, the
 * message of what was done or the reason it was refused, and whether "Managed credit now" is swapped out of band.
 */
public record StaffSectionView(ClientPageView client, String message, String error, boolean oob, String nav,
                               String tab) {
}

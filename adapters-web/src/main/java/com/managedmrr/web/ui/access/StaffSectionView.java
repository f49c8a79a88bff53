package com.managedmrr.web.ui.access;

import java.util.List;

/**
 * A client's page, or its staff section alone after a change (htmx): the client and the partner's users in it, the
 * partner's standing at the page's date, the message of what was done or the reason it was refused, whether the
 * standing is swapped out of band, the Add employees form when it is shown again with its refusal, and
 * {@code removal}, when the page opens with the Remove wizard at {@code step} (1 or 2), else null.
 */
public record StaffSectionView(ClientPageView client, StandingView standing, String message, String error,
                               boolean oob, AddEmployeesPanel addEmployees, String nav, String tab,
                               RemovalView removal, int step) {

    /** Add employees on a client's page: the employees to pick, the refusal, and where the form is sent. */
    public record AddEmployeesPanel(String clientName, List<EmployeeChoiceView> choices, String formError,
                                    String postUrl) {
    }

    /** Add employees alone, opened in the page's wizard region. */
    public record AddEmployeesStep(AddEmployeesPanel addEmployees) {
    }
}

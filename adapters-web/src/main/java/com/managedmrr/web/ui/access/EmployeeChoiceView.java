package com.managedmrr.web.ui.access;

/** An employee the admin can pick in Add employees; {@code inputId} ties the checkbox to its label. */
public record EmployeeChoiceView(String email, String name, boolean checked, String inputId, String error) {
}

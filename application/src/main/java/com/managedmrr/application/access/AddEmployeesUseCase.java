package com.managedmrr.application.access;

import java.util.concurrent.CompletionStage;

/**
 * NOT_FOUND when the partner or client is unknown; REFUSED (NOT_AN_EMPLOYEE) with one field error per offending
 * e-mail ({@code emails[i]}) when any is not a present employee of the partner.
 */
public interface AddEmployeesUseCase {

    CompletionStage<AddEmployeesResult> addEmployees(AddEmployeesCommand command);
}

package com.managedmrr.application.admin;

import com.managedmrr.application.common.Upserted;
import com.managedmrr.domain.model.Email;
import java.util.concurrent.CompletionStage;

/**
 * Answers the admin's e-mail, created or updated. NOT_FOUND when the partner is unknown; CONFLICT
 * (ADMIN_OF_ANOTHER_PARTNER) when the e-mail is already another partner's admin login.
 */
public interface RegisterAdminUseCase {

    CompletionStage<Upserted<Email>> registerAdmin(RegisterAdminCommand command);
}

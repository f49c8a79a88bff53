package com.managedmrr.application.signin;

import com.managedmrr.domain.model.AdminAccount;
import com.managedmrr.domain.model.Email;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** The admin login as it is now, to check that a signed-in session's login still exists with the same password. */
public interface FindAdminUseCase {

    CompletionStage<Optional<AdminAccount>> findAdmin(Email email);
}

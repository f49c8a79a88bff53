package com.managedmrr.application.signin;

import com.managedmrr.domain.model.AdminAccount;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Checks an admin's login and password: the account when the password is its own, else empty. */
public interface SignInUseCase {

    CompletionStage<Optional<AdminAccount>> signIn(SignInCommand command);
}

package com.managedmrr.application.signin;

import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.model.AdminAccount;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.port.AdminAccountPort;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Reads the login from the admin accounts. */
public final class FindAdminService implements FindAdminUseCase {

    private final AdminAccountPort admins;

    public FindAdminService(AdminAccountPort admins) {
        this.admins = Objects.requireNonNull(admins, "admins");
    }

    @Override
    public CompletionStage<Optional<AdminAccount>> findAdmin(Email email) {
        return Stages.attempt(() -> admins.admin(email));
    }
}

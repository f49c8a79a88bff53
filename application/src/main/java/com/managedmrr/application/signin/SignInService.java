package com.managedmrr.application.signin;

import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.model.AdminAccount;
import com.managedmrr.domain.model.AdminPassword;
import com.managedmrr.domain.port.AdminAccountPort;
import com.managedmrr.domain.port.PasswordHashingPort;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Finds the login and verifies the password against its hash. An unknown login is verified against a decoy hash all
 * the same, so that the time an answer takes does not tell which logins exist.
 */
public final class SignInService implements SignInUseCase {

    private final AdminAccountPort admins;
    private final PasswordHashingPort hashing;
    private final AtomicReference<String> decoyHash = new AtomicReference<>();

    public SignInService(AdminAccountPort admins, PasswordHashingPort hashing) {
        this.admins = Objects.requireNonNull(admins, "admins");
        this.hashing = Objects.requireNonNull(hashing, "hashing");
    }

    @Override
    public CompletionStage<Optional<AdminAccount>> signIn(SignInCommand command) {
        return Stages.attempt(() -> admins.admin(command.email()).thenCompose(account -> {
            if (account.isPresent()) {
                return hashing.verify(account.get().passwordHash(), AdminPassword.normalise(command.password()))
                        .thenApply(ok -> ok ? account : Optional.<AdminAccount>empty());
            }
            return decoy()
                    .thenCompose(decoy -> hashing.verify(decoy, command.password()))
                    .thenApply(ignored -> Optional.<AdminAccount>empty());
        }));
    }

    private CompletionStage<String> decoy() {
        String known = decoyHash.get();
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        return hashing.hash(UUID.randomUUID() + "-not-a-password").thenApply(made -> {
            decoyHash.compareAndSet(null, made);
            return decoyHash.get();
        });
    }
}

package com.managedmrr.application.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.managedmrr.application.testing.Scenario;
import com.managedmrr.domain.model.AdminAccount;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.port.AdminAccountPort;
import com.managedmrr.domain.port.PasswordHashingPort;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** Signing an admin in: the login, its password, and the same hashing work for a login that does not exist. */
class SignInServiceTest {

    private static final Email ADMIN = Email.of("admin@a.example");
    private static final String PASSWORD = "correct horse battery";

    private final Logins logins = new Logins();
    private final SignInService signIn = new SignInService(logins, logins);

    SignInServiceTest() {
        logins.accounts.put(ADMIN, new AdminAccount(PartnerId.of("a"), ADMIN, "hash:" + PASSWORD));
    }

    private Optional<AdminAccount> signIn(String email, String password) {
        return Scenario.await(signIn.signIn(new SignInCommand(Email.of(email), password)));
    }

    @Test
    void theRightPassword_answersTheAccount() {
        assertThat(signIn("admin@a.example", PASSWORD)).hasValueSatisfying(
                account -> assertThat(account.partnerId()).isEqualTo(PartnerId.of("a")));
    }

    @Test
    void theLoginAsTypedDifferently_isTheSameLogin() {
        assertThat(signIn("Admin@A.example", PASSWORD)).isPresent();
    }

    @Test
    void aWrongPassword_answersNothing() {
        assertThat(signIn("admin@a.example", "wrong horse battery")).isEmpty();
        assertThat(logins.verified).containsExactly("hash:" + PASSWORD);
    }

    @Test
    void anUnknownLogin_isVerifiedAgainstADecoy_madeOnce() {
        assertThat(signIn("nobody@a.example", PASSWORD)).isEmpty();
        assertThat(signIn("nobody@b.example", PASSWORD)).isEmpty();

        assertThat(logins.hashed).as("one decoy hash, made once").hasSize(1);
        assertThat(logins.verified).as("each unknown login costs a verification of the decoy")
                .containsExactly(logins.hashed.get(0), logins.hashed.get(0));
        assertThat(logins.hashed.get(0)).doesNotContain(PASSWORD);
    }

    @Test
    void theCommand_neverPrintsThePassword() {
        assertThat(new SignInCommand(ADMIN, PASSWORD).toString()).doesNotContain(PASSWORD);
    }

    /** Logins in memory, with a transparent "hash" that records every use. */
    private static final class Logins implements AdminAccountPort, PasswordHashingPort {

        final Map<Email, AdminAccount> accounts = new HashMap<>();
        final List<String> hashed = new ArrayList<>();
        final List<String> verified = new ArrayList<>();

        @Override
        public CompletionStage<Optional<AdminAccount>> admin(Email email) {
            return CompletableFuture.completedFuture(Optional.ofNullable(accounts.get(email)));
        }

        @Override
        public CompletionStage<Boolean> saveAdmin(AdminAccount account) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletionStage<List<Email>> admins(PartnerId partnerId, int limit, Optional<Email> after) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletionStage<Boolean> deleteAdmin(PartnerId partnerId, Email email) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletionStage<String> hash(String password) {
            String hash = "hash:" + password;
            hashed.add(hash);
            return CompletableFuture.completedFuture(hash);
        }

        @Override
        public CompletionStage<Boolean> verify(String hash, String password) {
            verified.add(hash);
            return CompletableFuture.completedFuture(hash.equals("hash:" + password));
        }
    }
}

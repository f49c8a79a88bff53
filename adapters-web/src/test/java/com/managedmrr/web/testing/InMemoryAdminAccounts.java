package com.managedmrr.web.testing;

import com.managedmrr.domain.model.AdminAccount;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.port.AdminAccountPort;
import com.managedmrr.domain.port.PasswordHashingPort;

import com.managedmrr.domain.model.PartnerId;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Admin logins kept in memory, with a transparent stand-in for password hashing: the one fake of the admin-account
 * port for the web adapter's API, UI and demo tests.
 */
public final class InMemoryAdminAccounts implements AdminAccountPort, PasswordHashingPort {

    private final Map<Email, AdminAccount> accounts = new ConcurrentHashMap<>();

    @Override
    public CompletionStage<Optional<AdminAccount>> admin(Email email) {
        return CompletableFuture.completedFuture(Optional.ofNullable(accounts.get(email)));
    }

    @Override
    public CompletionStage<List<Email>> admins(PartnerId partnerId, int limit,
                                                         Optional<Email> after) {
        return CompletableFuture.completedFuture(accounts.values().stream()
                .filter(account -> account.partnerId().equals(partnerId))
                .map(AdminAccount::email)
                .filter(email -> after.isEmpty() || email.value().compareTo(after.get().value()) > 0)
                .sorted(Comparator.comparing(Email::value))
                .limit(limit)
                .toList());
    }

    @Override
    public CompletionStage<Boolean> saveAdmin(AdminAccount account) {
        return CompletableFuture.completedFuture(accounts.put(account.email(), account) == null);
    }

    @Override
    public CompletionStage<Boolean> deleteAdmin(PartnerId partnerId, Email email) {
        AdminAccount account = accounts.get(email);
        return CompletableFuture.completedFuture(account != null && account.partnerId().equals(partnerId)
                && accounts.remove(email, account));
    }

    @Override
    public CompletionStage<String> hash(String password) {
        return CompletableFuture.completedFuture("test-hash:" + Integer.toHexString(password.hashCode()));
    }

    @Override
    public CompletionStage<Boolean> verify(String hash, String password) {
        return hash(password).thenApply(hash::equals);
    }

    public Optional<AdminAccount> account(Email email) {
        return Optional.ofNullable(accounts.get(email));
    }
}

package com.managedmrr.web.ui;

import com.managedmrr.domain.model.AdminAccount;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.port.AdminAccountPort;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/** Admin logins kept in memory, for the UI's tests. */
final class InMemoryAdminAccounts implements AdminAccountPort {

    private final Map<Email, AdminAccount> accounts = new ConcurrentHashMap<>();

    @Override
    public CompletionStage<Optional<AdminAccount>> admin(Email email) {
        return CompletableFuture.completedFuture(Optional.ofNullable(accounts.get(email)));
    }

    @Override
    public CompletionStage<java.util.List<Email>> admins(com.managedmrr.domain.model.PartnerId partnerId, int limit,
                                                         Optional<Email> after) {
        return CompletableFuture.completedFuture(accounts.values().stream()
                .filter(account -> account.partnerId().equals(partnerId))
                .map(AdminAccount::email)
                .filter(email -> after.isEmpty() || email.value().compareTo(after.get().value()) > 0)
                .sorted(java.util.Comparator.comparing(Email::value))
                .limit(limit)
                .toList());
    }

    @Override
    public CompletionStage<Boolean> saveAdmin(AdminAccount account) {
        return CompletableFuture.completedFuture(accounts.put(account.email(), account) == null);
    }

    @Override
    public CompletionStage<Boolean> deleteAdmin(com.managedmrr.domain.model.PartnerId partnerId, Email email) {
        AdminAccount account = accounts.get(email);
        return CompletableFuture.completedFuture(account != null && account.partnerId().equals(partnerId)
                && accounts.remove(email, account));
    }

    Optional<AdminAccount> account(Email email) {
        return Optional.ofNullable(accounts.get(email));
    }
}

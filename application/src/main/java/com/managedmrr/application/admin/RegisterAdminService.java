package com.managedmrr.application.admin;

import com.managedmrr.application.common.Require;
import com.managedmrr.application.common.Upserted;
import com.managedmrr.domain.model.AdminAccount;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.port.AdminAccountPort;
import com.managedmrr.domain.port.PartnerQueryPort;
import com.managedmrr.domain.port.PasswordHashingPort;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

public final class RegisterAdminService implements RegisterAdminUseCase {

    private final PartnerQueryPort partners;
    private final AdminAccountPort admins;
    private final PasswordHashingPort hashing;
    private final AdminAudit audit;

    public RegisterAdminService(PartnerQueryPort partners, AdminAccountPort admins, PasswordHashingPort hashing,
                                AdminAudit audit) {
        this.partners = partners;
        this.admins = admins;
        this.hashing = hashing;
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    @Override
    public CompletionStage<Upserted<Email>> registerAdmin(RegisterAdminCommand command) {
        return Require.partner(partners, command.partnerId())
                .thenCompose(partner -> admins.admin(command.email()))
                .thenCompose(existing -> {
                    if (existing.isPresent() && !existing.get().partnerId().equals(command.partnerId())) {
                        throw DomainException.conflict("ADMIN_OF_ANOTHER_PARTNER",
                                command.email() + " is already another partner's admin login");
                    }
                    return hashing.hash(command.password());
                })
                .thenCompose(hash -> admins.saveAdmin(new AdminAccount(command.partnerId(), command.email(), hash)))
                .thenCompose(created -> audit.saved(command.actor(), command.partnerId(), command.email(), created)
                        .thenApply(recorded -> new Upserted<>(command.email(), created)));
    }
}

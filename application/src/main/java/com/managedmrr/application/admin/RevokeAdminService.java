package com.managedmrr.application.admin;

import com.managedmrr.application.common.Require;
import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.port.AdminAccountPort;
import com.managedmrr.domain.port.PartnerQueryPort;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

public final class RevokeAdminService implements RevokeAdminUseCase {

    public static final String ADMIN_NOT_FOUND = "ADMIN_NOT_FOUND";

    private final PartnerQueryPort partners;
    private final AdminAccountPort admins;
    private final AdminAudit audit;

    public RevokeAdminService(PartnerQueryPort partners, AdminAccountPort admins, AdminAudit audit) {
        this.partners = Objects.requireNonNull(partners, "partners");
        this.admins = Objects.requireNonNull(admins, "admins");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    @Override
    public CompletionStage<Void> revokeAdmin(RevokeAdminCommand command) {
        return Stages.attempt(() -> Require.partner(partners, command.partnerId())
                .thenCompose(partner -> admins.deleteAdmin(command.partnerId(), command.email()))
                .thenCompose(deleted -> {
                    if (!deleted) {
                        throw DomainException.notFound(ADMIN_NOT_FOUND, command.email()
                                + " is not an admin login of partner '" + command.partnerId() + "'.");
                    }
                    return audit.revoked(command.actor(), command.partnerId(), command.email());
                }));
    }
}

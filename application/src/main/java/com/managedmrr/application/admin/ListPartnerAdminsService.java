package com.managedmrr.application.admin;

import com.managedmrr.application.common.Page;
import com.managedmrr.application.common.PageCursor;
import com.managedmrr.application.common.Require;
import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.port.AdminAccountPort;
import com.managedmrr.domain.port.PartnerQueryPort;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

public final class ListPartnerAdminsService implements ListPartnerAdminsUseCase {

    private final PartnerQueryPort partners;
    private final AdminAccountPort admins;

    public ListPartnerAdminsService(PartnerQueryPort partners, AdminAccountPort admins) {
        this.partners = Objects.requireNonNull(partners, "partners");
        this.admins = Objects.requireNonNull(admins, "admins");
    }

    @Override
    public CompletionStage<Page<Email>> listPartnerAdmins(ListPartnerAdminsQuery query) {
        return Stages.attempt(() -> Require.partner(partners, query.partnerId())
                .thenCompose(partner -> admins.admins(query.partnerId(), query.limit() + 1, query.after()))
                .thenApply(found -> Page.of(found, query.limit(),
                        email -> PageCursor.encode(ListPartnerAdminsQuery.LISTING, email.value()))));
    }
}

package com.managedmrr.application.partner;

import com.managedmrr.application.common.Page;
import com.managedmrr.application.common.PageCursor;
import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.port.PartnerQueryPort;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

public final class ListPartnersService implements ListPartnersUseCase {

    private final PartnerQueryPort partners;

    public ListPartnersService(PartnerQueryPort partners) {
        this.partners = Objects.requireNonNull(partners, "partners");
    }

    @Override
    public CompletionStage<Page<Partner>> listPartners(ListPartnersQuery query) {
        return Stages.attempt(() -> partners.partners(query.limit() + 1, query.after())
                .thenApply(found -> Page.of(found, query.limit(),
                        partner -> PageCursor.encode(ListPartnersQuery.LISTING, partner.id().value()))));
    }
}

package com.managedmrr.application.partner;

import com.managedmrr.application.common.Page;
import com.managedmrr.domain.model.Partner;
import java.util.concurrent.CompletionStage;

/** Lists every partner, a page at a time, by partner id. */
public interface ListPartnersUseCase {

    CompletionStage<Page<Partner>> listPartners(ListPartnersQuery query);
}

package com.managedmrr.application.admin;

import com.managedmrr.application.common.Page;
import com.managedmrr.domain.model.Email;
import java.util.concurrent.CompletionStage;

/** Lists the e-mails of a partner's admin logins (never their passwords), a page at a time. */
public interface ListPartnerAdminsUseCase {

    CompletionStage<Page<Email>> listPartnerAdmins(ListPartnerAdminsQuery query);
}

package com.managedmrr.domain.port;

import com.managedmrr.domain.model.AdminAccount;
import com.managedmrr.domain.model.Email;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Partner admins' logins. An e-mail is the login of at most one partner's admin. */
public interface AdminAccountPort {

    CompletionStage<Optional<AdminAccount>> admin(Email email);

    /** Creates or replaces the login; answers true when created. */
    CompletionStage<Boolean> saveAdmin(AdminAccount account);
}

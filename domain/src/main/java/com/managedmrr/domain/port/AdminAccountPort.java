package com.managedmrr.domain.port;

import com.managedmrr.domain.model.AdminAccount;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.PartnerId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Partner admins' logins. An e-mail is the login of at most one partner's admin. */
public interface AdminAccountPort {

    CompletionStage<Optional<AdminAccount>> admin(Email email);

    /** Creates or replaces the login; answers true when created. */
    CompletionStage<Boolean> saveAdmin(AdminAccount account);

    /** The e-mails of the partner's admin logins, at most {@code limit}, by e-mail, those after {@code after}. */
    CompletionStage<List<Email>> admins(PartnerId partnerId, int limit, Optional<Email> after);

    /** Deletes the partner's login (its sessions go with it); answers false when the partner has no such login. */
    CompletionStage<Boolean> deleteAdmin(PartnerId partnerId, Email email);
}

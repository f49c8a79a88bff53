package com.managedmrr.domain.audit;

import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import java.util.Map;
import java.util.Optional;

/**
 * The names an audit trail's entries refer to by identity: client accounts by Hub ID, and the partner's users by
 * e-mail (a removed user keeps their last name). An identity without a name here is shown as it is.
 */
public record AuditNames(Map<HubId, String> clients, Map<Email, String> users) {

    public static final AuditNames NONE = new AuditNames(Map.of(), Map.of());

    public AuditNames {
        clients = Map.copyOf(clients);
        users = Map.copyOf(users);
    }

    public Optional<String> client(HubId hubId) {
        return Optional.ofNullable(clients.get(hubId));
    }

    public Optional<String> user(Email email) {
        return Optional.ofNullable(users.get(email));
    }
}

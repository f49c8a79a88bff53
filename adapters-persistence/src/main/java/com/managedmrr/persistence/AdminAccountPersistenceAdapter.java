package com.managedmrr.persistence;

import com.managedmrr.domain.model.AdminAccount;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.port.AdminAccountPort;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Partner admins' logins. A login never moves to another partner: the upsert leaves another partner's row alone. */
public final class AdminAccountPersistenceAdapter implements AdminAccountPort {

    private static final String FIND = "SELECT partner_id, password_hash FROM admin_accounts WHERE email = $1";

    /** (xmax = 0) is true only for a row this statement inserted, so the answer says created or updated. */
    private static final String UPSERT = """
            INSERT INTO admin_accounts (email, partner_id, password_hash) VALUES ($1, $2, $3)
            ON CONFLICT (email) DO UPDATE SET password_hash = excluded.password_hash, updated_at = now()
                WHERE admin_accounts.partner_id = excluded.partner_id
            RETURNING (xmax = 0) AS created""";

    /** A page of a partner's admin e-mails ({@code after} is '' for the first page). */
    private static final String ADMINS = """
            SELECT email FROM admin_accounts
            WHERE partner_id = #{partnerId} AND email > #{after}
            ORDER BY email
            LIMIT #{limit}""";

    private static final String DELETE = "DELETE FROM admin_accounts WHERE email = $1 AND partner_id = $2";

    private final Pool pool;

    public AdminAccountPersistenceAdapter(Pool pool) {
        this.pool = pool;
    }

    @Override
    public CompletionStage<Optional<AdminAccount>> admin(Email email) {
        return Sql.stage(pool.preparedQuery(FIND).execute(Tuple.of(email.value()))
                .map(rows -> Sql.first(rows, row -> new AdminAccount(PartnerId.of(row.getString("partner_id")), email,
                        row.getString("password_hash")))));
    }

    @Override
    public CompletionStage<java.util.List<Email>> admins(PartnerId partnerId, int limit, Optional<Email> after) {
        java.util.Map<String, Object> parameters = java.util.Map.of("partnerId", partnerId.value(),
                "after", after.map(Email::value).orElse(""), "limit", limit);
        return Sql.stage(io.vertx.sqlclient.templates.SqlTemplate.forQuery(pool, ADMINS)
                .mapTo(row -> Email.of(row.getString("email")))
                .execute(parameters)
                .map(rows -> {
                    java.util.List<Email> emails = new java.util.ArrayList<>(rows.size());
                    rows.forEach(emails::add);
                    return emails;
                }));
    }

    @Override
    public CompletionStage<Boolean> deleteAdmin(PartnerId partnerId, Email email) {
        return Sql.stage(pool.preparedQuery(DELETE).execute(Tuple.of(email.value(), partnerId.value()))
                .map(rows -> rows.rowCount() > 0));
    }

    @Override
    public CompletionStage<Boolean> saveAdmin(AdminAccount account) {
        return Sql.stage(pool.preparedQuery(UPSERT)
                .execute(Tuple.of(account.email().value(), account.partnerId().value(), account.passwordHash()))
                .map(rows -> {
                    if (rows.rowCount() == 0) {
                        throw com.managedmrr.domain.model.DomainException.conflict("ADMIN_OF_ANOTHER_PARTNER",
                                account.email() + " is already another partner's admin login");
                    }
                    return rows.iterator().next().getBoolean("created");
                }));
    }
}

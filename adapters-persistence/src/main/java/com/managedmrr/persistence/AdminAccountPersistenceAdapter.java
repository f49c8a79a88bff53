package com.managedmrr.persistence;

import com.managedmrr.domain.model.AdminAccount;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.port.AdminAccountPort;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Partner admins' logins. A login never moves to another partner: the upsert leaves another partner's row alone. */
public final class AdminAccountPersistenceAdapter implements AdminAccountPort {

    private final Templates templates;

    public AdminAccountPersistenceAdapter(Pool pool) {
        this.templates = new Templates(pool);
    }

    @Override
    public CompletionStage<Optional<AdminAccount>> admin(Email email) {
        return Sql.stage(templates.query("""
                SELECT partner_id, password_hash FROM admin_accounts WHERE email = #{email}""")
                .mapTo(row -> new AdminAccount(PartnerId.of(row.getString("partner_id")), email,
                        row.getString("password_hash")))
                .execute(Map.of("email", email.value()))
                .map(Sql::first));
    }

    /** A page of the partner's admin e-mails in order ({@code after} is '' for the first page). */
    @Override
    public CompletionStage<List<Email>> admins(PartnerId partnerId, int limit, Optional<Email> after) {
        return Sql.stage(templates.query("""
                SELECT email FROM admin_accounts
                WHERE partner_id = #{partnerId} AND email > #{after}
                ORDER BY email
                LIMIT #{limit}""")
                .mapTo(row -> Email.of(row.getString("email")))
                .execute(Map.of("partnerId", partnerId.value(), "after", after.map(Email::value).orElse(""),
                        "limit", limit))
                .map(Sql::list));
    }

    @Override
    public CompletionStage<Boolean> deleteAdmin(PartnerId partnerId, Email email) {
        return Sql.stage(templates.update("""
                DELETE FROM admin_accounts WHERE email = #{email} AND partner_id = #{partnerId}""")
                .execute(Map.of("email", email.value(), "partnerId", partnerId.value()))
                .map(result -> result.rowCount() > 0));
    }

    /** (xmax = 0) is true only for a row this statement inserted, so the answer says created or updated. */
    @Override
    public CompletionStage<Boolean> saveAdmin(AdminAccount account) {
        return Sql.stage(templates.query("""
                INSERT INTO admin_accounts (email, partner_id, password_hash)
                VALUES (#{email}, #{partnerId}, #{passwordHash})
                ON CONFLICT (email) DO UPDATE SET password_hash = excluded.password_hash, updated_at = now()
                    WHERE admin_accounts.partner_id = excluded.partner_id
                RETURNING (xmax = 0) AS created""")
                .mapTo(row -> row.getBoolean("created"))
                .execute(Map.of("email", account.email().value(), "partnerId", account.partnerId().value(),
                        "passwordHash", account.passwordHash()))
                .map(created -> Sql.first(created).orElseThrow(() -> DomainException.conflict(
                        "ADMIN_OF_ANOTHER_PARTNER", account.email() + " is already another partner's admin login"))));
    }
}

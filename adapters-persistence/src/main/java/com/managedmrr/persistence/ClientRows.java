package com.managedmrr.persistence;

import com.managedmrr.domain.model.Activity;
import com.managedmrr.domain.model.ActivityId;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.CurrencyCode;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.store.RecordedActivity;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The reads of client accounts shared by the command store and the query adapters. */
final class ClientRows {

    /** The columns {@link #recordedActivity(Row)} reads, for a query over {@code activities a}. */
    static final String ACTIVITY_COLUMNS =
            "a.activity_id, a.hub_id, a.user_email, a.tool, a.action, a.occurred_at, a.asset_id, a.qualifies, a.attributed_to";

    private ClientRows() {
    }

    /** {@link #current(Templates, HubId)} on a command's connection. */
    static Future<Optional<ClientAccount>> current(SqlClient client, HubId hubId) {
        return current(new Templates(client), hubId);
    }

    /** The account with its latest MRR, which is the one in effect now: commands only ever add MRRs at their instant. */
    static Future<Optional<ClientAccount>> current(Templates templates, HubId hubId) {
        return templates.query("""
                SELECT c.hub_id, c.name, c.growth_market, coalesce(m.currency, c.currency) AS currency, m.mrr
                FROM client_accounts c
                LEFT JOIN LATERAL (
                    SELECT cm.currency, cm.mrr FROM client_mrr cm
                    WHERE cm.hub_id = c.hub_id
                    ORDER BY cm.effective_from DESC LIMIT 1) m ON true
                WHERE c.hub_id = #{hubId}""")
                .mapTo(ClientRows::account)
                .execute(Map.of("hubId", hubId.value()))
                .map(Sql::first);
    }

    /** A client account from a row with hub_id, name, growth_market, currency and mrr (NULL: none in effect, 0). */
    static ClientAccount account(Row row) {
        BigDecimal mrr = row.getBigDecimal("mrr");
        return new ClientAccount(HubId.of(row.getLong("hub_id")), row.getString("name"),
                CurrencyCode.of(row.getString("currency")), mrr == null ? BigDecimal.ZERO : mrr,
                row.getBoolean("growth_market"));
    }

    /** A recorded activity from a row with {@link #ACTIVITY_COLUMNS}. */
    static RecordedActivity recordedActivity(Row row) {
        Activity activity = new Activity(ActivityId.of(row.getString("activity_id")), HubId.of(row.getLong("hub_id")),
                Email.of(row.getString("user_email")), row.getString("tool"), row.getString("action"),
                Sql.instant(row, "occurred_at"), row.getString("asset_id"));
        List<PartnerId> attributedTo = Arrays.stream(row.getArrayOfStrings("attributed_to")).map(PartnerId::of).toList();
        return new RecordedActivity(activity, row.getBoolean("qualifies"), attributedTo);
    }
}

package com.managedmrr.persistence.database.migration;

import com.managedmrr.persistence.ReadModelRebuild;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Builds the read model of V60 for the data already there: the spans from the ledger and the copies (docs/rules.md §5.5). */
public final class V60_1__Build_servicing_spans extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        ReadModelRebuild.rebuild(context.getConnection());
    }
}

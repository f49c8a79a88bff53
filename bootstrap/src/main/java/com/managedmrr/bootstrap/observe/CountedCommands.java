package com.managedmrr.bootstrap.observe;

import com.managedmrr.domain.access.AccessChanges;
import com.managedmrr.domain.access.AccessScope;
import com.managedmrr.domain.access.AccessSnapshot;
import com.managedmrr.domain.audit.AuditAction;
import com.managedmrr.domain.audit.AuditEntry;
import com.managedmrr.domain.credit.EndReason;
import com.managedmrr.domain.credit.Relationship;
import com.managedmrr.domain.credit.RelationshipEnd;
import com.managedmrr.domain.credit.RelationshipLedger;
import com.managedmrr.domain.credit.ServicingSpan;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.port.AccessCommandPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * The command transaction port, counting what committed commands did: commands by kind (the audit trail's action,
 * one entry per command) and managed relationships ended by reason. It watches the store the command writes through
 * and counts only once the transaction's stage completed normally, i.e. committed: a rolled-back command counts
 * nothing.
 *
 * <p>Counting at this port, in an adapter, keeps Micrometer out of the domain and the application and needs no change
 * to any use case: every command, from the API or the admin UI, records its audit entry and its relationship ends
 * through this port already, so this is where those events happen.
 */
public final class CountedCommands implements CommandTransactionPort {

    private final CommandTransactionPort delegate;
    private final Map<AuditAction, Counter> commands = new EnumMap<>(AuditAction.class);
    private final Map<EndReason, Counter> ends = new EnumMap<>(EndReason.class);

    public CountedCommands(CommandTransactionPort delegate, MeterRegistry registry) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        for (AuditAction action : AuditAction.values()) {
            commands.put(action, Counter.builder("mrr.commands").tag("kind", label(action.name()))
                    .description("Commands committed, by kind").register(registry));
        }
        for (EndReason reason : EndReason.values()) {
            ends.put(reason, Counter.builder("mrr.relationships.ended").tag("reason", label(reason.name()))
                    .description("Managed relationships ended, by reason").register(registry));
        }
    }

    @Override
    public <T> CompletionStage<T> inTransaction(Function<AccessCommandPort, CompletionStage<T>> work) {
        Noted noted = new Noted();
        return delegate.<T>inTransaction(store -> work.apply(noted.watching(store)))
                .thenApply(result -> {
                    noted.actions().forEach(action -> commands.get(action).increment());
                    noted.ends().forEach(reason -> ends.get(reason).increment());
                    return result;
                });
    }

    private static String label(String constant) {
        return constant.toLowerCase(Locale.ROOT);
    }

    /** What one command's work wrote through its store. */
    private static final class Noted {

        private final List<AuditAction> actions = new ArrayList<>();
        private final List<EndReason> ends = new ArrayList<>();

        synchronized List<AuditAction> actions() {
            return List.copyOf(actions);
        }

        synchronized List<EndReason> ends() {
            return List.copyOf(ends);
        }

        private synchronized void noteAction(AuditAction action) {
            actions.add(action);
        }

        private synchronized void noteEnds(List<RelationshipEnd> recorded) {
            recorded.forEach(end -> ends.add(end.reason()));
        }

        AccessCommandPort watching(AccessCommandPort store) {
            return new AccessCommandPort() {
                @Override
                public CompletionStage<AccessSnapshot> load(AccessScope scope) {
                    return store.load(scope);
                }

                @Override
                public CompletionStage<Void> apply(AccessChanges changes) {
                    noteEnds(changes.ends());
                    return store.apply(changes);
                }

                @Override
                public CompletionStage<Map<Relationship, RelationshipLedger>> ledgers(Collection<Relationship> relationships) {
                    return store.ledgers(relationships);
                }

                @Override
                public CompletionStage<Void> saveSpans(Map<Relationship, List<ServicingSpan>> spans) {
                    return store.saveSpans(spans);
                }

                @Override
                public CompletionStage<Boolean> savePartner(Partner partner) {
                    return store.savePartner(partner);
                }

                @Override
                public CompletionStage<Boolean> saveClient(ClientAccount client, Instant at) {
                    return store.saveClient(client, at);
                }

                @Override
                public CompletionStage<Void> recordAudit(AuditEntry entry) {
                    noteAction(entry.action());
                    return store.recordAudit(entry);
                }
            };
        }
    }
}

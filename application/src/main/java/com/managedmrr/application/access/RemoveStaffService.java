package com.managedmrr.application.access;

import com.managedmrr.domain.audit.AuditAction;
import com.managedmrr.application.common.AuditTrail;
import com.managedmrr.application.common.FutureActivities;
import com.managedmrr.application.common.Require;
import com.managedmrr.application.common.SeatChanges;
import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Remove employee from client: the seat goes (when there is one) and so does this partner's assignment; every partner
 * of the e-mail (this one included) none of whose users is seated there any more loses the relationship at once.
 */
public final class RemoveStaffService implements RemoveStaffUseCase {

    private final CommandTransactionPort transactions;
    private final ClockPort clock;

    public RemoveStaffService(CommandTransactionPort transactions, ClockPort clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<Boolean> removeStaff(RemoveStaffCommand command) {
        return Stages.attempt(() -> transactions.inTransaction(store -> {
            Instant now = clock.now();
            AuditTrail audit = new AuditTrail();
            return Require.partnerClientAndUser(store, command.partnerId(), command.hubId(), command.email())
                    .thenCompose(user -> store.assignedHubs(command.partnerId(), command.email()))
                    .thenCompose(assignedHubs -> store.seat(command.hubId(), command.email())
                            .thenCompose(seat -> {
                                if (seat.isPresent()) {
                                    audit.note("removed " + command.email() + " from client account "
                                            + command.hubId());
                                }
                                if (assignedHubs.contains(command.hubId())) {
                                    audit.unassigned(command.partnerId(), command.email(), command.hubId());
                                }
                                return (seat.isPresent()
                                        ? store.removeSeat(command.hubId(), command.email(), now)
                                        : CompletableFuture.<Void>completedFuture(null))
                                        .thenCompose(ignored -> store.unassign(command.partnerId(), command.email(),
                                                command.hubId(), now))
                                        .thenCompose(ignored -> SeatChanges.endAfterSeatRemoved(store,
                                                command.hubId(), command.email(), seat.isPresent(), now, audit));
                            }))
                    .thenCompose(ended -> FutureActivities.reattribute(store, command.hubId(), now)
                            .thenApply(done -> ended))
                    .thenCompose(ended -> audit.record(store, now, command.actor(), AuditAction.STAFF_REMOVED,
                                    command.partnerId(), command.hubId(), command.email())
                            .thenApply(ignored -> ended.contains(command.partnerId())));
        }));
    }
}

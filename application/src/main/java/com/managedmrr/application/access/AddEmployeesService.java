package com.managedmrr.application.access;

import com.managedmrr.domain.audit.AuditAction;
import com.managedmrr.application.common.AuditTrail;
import com.managedmrr.application.common.FutureActivities;
import com.managedmrr.application.common.Require;
import com.managedmrr.application.common.SeatChanges;
import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.DomainException.FieldError;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.PartnerUser;
import com.managedmrr.domain.model.SeatStatus;
import com.managedmrr.domain.port.AccessCommandPort;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Each employee is assigned to the client and, where the e-mail has no seat there, given an ACTIVE one (which, as
 * any seat going from absent to present, also assigns the e-mail's other partners that employ it). Every e-mail must
 * be a present employee of the partner, else nothing changes.
 */
public final class AddEmployeesService implements AddEmployeesUseCase {

    public static final String NOT_AN_EMPLOYEE = "NOT_AN_EMPLOYEE";

    private final CommandTransactionPort transactions;
    private final ClockPort clock;

    public AddEmployeesService(CommandTransactionPort transactions, ClockPort clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<AddEmployeesResult> addEmployees(AddEmployeesCommand command) {
        PartnerId partnerId = command.partnerId();
        HubId hubId = command.hubId();
        return Stages.attempt(() -> transactions.inTransaction(store -> {
            Instant now = clock.now();
            return Require.partner(store, partnerId)
                    .thenCompose(partner -> Require.client(store, hubId))
                    .thenCompose(client -> Stages.map(command.emails(), email -> store.partnerUser(partnerId, email)))
                    .thenCompose(users -> {
                        refuseAnyNonEmployee(command.emails(), users, partnerId);
                        return store.assignedUsers(partnerId, hubId);
                    })
                    .thenCompose(assignedBefore -> addEach(store, command, assignedBefore, now));
        }));
    }

    private static void refuseAnyNonEmployee(List<Email> emails, List<Optional<PartnerUser>> users, PartnerId partnerId) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < emails.size(); i++) {
            Optional<PartnerUser> user = users.get(i);
            if (user.isEmpty()) {
                errors.add(new FieldError("emails[" + i + "]", emails.get(i) + " is not a user of partner '"
                        + partnerId + "'"));
            } else if (!user.get().isEmployee()) {
                errors.add(new FieldError("emails[" + i + "]", emails.get(i) + " is a contractor, not an employee"));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.refused(NOT_AN_EMPLOYEE,
                    "Add employees takes the partner's employees only; nothing was changed.", errors);
        }
    }

    private static CompletionStage<AddEmployeesResult> addEach(AccessCommandPort store, AddEmployeesCommand command,
                                                               Set<Email> assignedBefore, Instant now) {
        List<Email> assigned = new ArrayList<>();
        List<Email> seatsAdded = new ArrayList<>();
        AuditTrail audit = new AuditTrail();
        return Stages.forEach(command.emails(), email -> store.assign(command.partnerId(), email, command.hubId(), now)
                        .thenCompose(ignored -> {
                            if (!assignedBefore.contains(email)) {
                                assigned.add(email);
                                audit.assigned(command.partnerId(), email, command.hubId(), false);
                            }
                            return store.seat(command.hubId(), email);
                        })
                        .thenCompose(seat -> {
                            if (seat.isPresent()) {
                                return CompletableFuture.completedFuture(null);
                            }
                            seatsAdded.add(email);
                            audit.note("added " + email + " to client account " + command.hubId() + " as ACTIVE");
                            return store.setSeat(command.hubId(), email, SeatStatus.ACTIVE, now)
                                    .thenCompose(added -> SeatChanges.assignOnSeatAdded(store, command.hubId(), email,
                                            now, audit));
                        }))
                .thenCompose(ignored -> FutureActivities.reattribute(store, command.hubId(), now)
                        .thenApply(done -> ignored))
                .thenCompose(ignored -> audit.record(store, now, command.actor(), AuditAction.EMPLOYEES_ADDED,
                        command.partnerId(), command.hubId(), command.emails().size() == 1 ? command.emails().get(0)
                                : null))
                .thenApply(ignored -> new AddEmployeesResult(assigned, seatsAdded));
    }
}

package com.managedmrr.application.access;

import com.managedmrr.application.common.AccessCommands;
import com.managedmrr.domain.access.AccessChange.EmployeesAdded;
import com.managedmrr.domain.access.AccessScope;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** Add employees, decided by {@code AccessChange#addEmployees}. */
public final class AddEmployeesService implements AddEmployeesUseCase {

    private final CommandTransactionPort transactions;
    private final ClockPort clock;

    public AddEmployeesService(CommandTransactionPort transactions, ClockPort clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<AddEmployeesResult> addEmployees(AddEmployeesCommand command) {
        return AccessCommands.run(transactions, clock,
                now -> AccessScope.ofClient(command.partnerId(), command.hubId(), command.emails(), now),
                change -> {
                    EmployeesAdded added = change.addEmployees(command.actor(), command.partnerId(), command.hubId(),
                            command.emails());
                    return new AddEmployeesResult(added.assigned(), added.seatsAdded());
                });
    }
}

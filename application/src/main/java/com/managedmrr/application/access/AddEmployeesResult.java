package com.managedmrr.application.access;

import com.managedmrr.domain.model.Email;
import java.util.List;

/** Who was newly assigned, and whose seat was newly added to the client account. */
public record AddEmployeesResult(List<Email> assigned, List<Email> seatsAdded) {

    public AddEmployeesResult {
        assigned = List.copyOf(assigned);
        seatsAdded = List.copyOf(seatsAdded);
    }
}

package com.managedmrr.web.ui.access;

import java.util.List;

/** An employee on the Employees tab with the clients they are assigned to. */
public record EmployeeView(String email, String name, List<LinkedClientView> clients) {
}

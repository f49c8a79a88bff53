package com.managedmrr.web.ui.access;

import java.util.List;

/** The Employees tab. */
public record EmployeesPageView(List<EmployeeView> employees, String nav, String tab) {
}

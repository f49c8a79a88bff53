package com.managedmrr.web.ui.access;

import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.web.ui.PageRenderer;
import com.managedmrr.web.ui.SignedInAdmin;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.util.List;
import java.util.Objects;

/** The Employees tab: each employee of the partner with the clients they are assigned to. */
public final class EmployeesPageRoutes {

    static final String PAGE = "templates/employees/page.html";

    private final PageRenderer pages;
    private final AccessDirectory directory;

    public EmployeesPageRoutes(PageRenderer pages, AccessDirectory directory) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    public void mount(Router ui) {
        ui.get("/employees").handler(this::page);
    }

    private void page(RoutingContext ctx) {
        PartnerId partnerId = SignedInAdmin.of(ctx).partnerId();
        directory.load(ctx, partnerId)
                .compose(found -> {
                    List<EmployeeView> employees = found.employees().stream()
                            .map(e -> new EmployeeView(e.user().email().value(), e.user().name(),
                                    e.assignedHubIds().stream()
                                            .map(hub -> LinkedClientView.of(found.clientOrBare(hub.value())))
                                            .toList()))
                            .toList();
                    return pages.render(ctx, PAGE, new EmployeesPageView(employees, "access", "employees"));
                })
                .onFailure(ctx::fail);
    }
}

package com.managedmrr.web.ui.access;

import java.util.List;

/**
 * One client on the Clients tab with its panel: {@code form} (Add employees, with the employees to pick and the
 * refusal, if any) or {@code done} (the message of what was just done).
 */
public record ClientPanelView(ClientRowView client, String panel, List<EmployeeChoiceView> choices, String formError,
                              String message) {
}

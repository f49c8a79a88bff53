package com.managedmrr.web.ui.access;

import java.util.List;

/**
 * One contractor on the Contractors tab with its panel: {@code form} (Link clients: the client accounts where the
 * contractor has a seat, the value sent, the refusal next to it, the labels to suggest) or {@code done} (the message
 * of what was just done).
 */
public record ContractorPanelView(ContractorView contractor, String panel, List<EligibleClientView> eligible,
                                  String value, String error, String message, List<String> options, String inputId) {
}

package com.managedmrr.web.ui.access;

import java.util.List;

/** The Contractors tab. */
public record ContractorsPageView(List<ContractorView> contractors, String nav, String tab) {
}

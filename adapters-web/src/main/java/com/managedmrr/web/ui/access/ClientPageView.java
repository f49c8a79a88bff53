package com.managedmrr.web.ui.access;

import java.util.List;

/**
 * A client's page: the client account (its MRR written with its currency), the partner's users in it, and where Add
 * employees is opened.
 */
public record ClientPageView(long hubId, String name, String currency, String mrr, boolean growthMarket,
                             List<ClientUserView> users, String url, String addEmployeesUrl) {
}

package com.managedmrr.web.ui.access;

import java.util.List;

/** A client's page: the client account and the partner's users in it. */
public record ClientPageView(long hubId, String name, String currency, String mrr, boolean growthMarket,
                             boolean servicing, List<ClientUserView> users, String url) {
}

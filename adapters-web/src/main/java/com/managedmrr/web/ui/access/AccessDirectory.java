package com.managedmrr.web.ui.access;

import com.managedmrr.application.credit.BreakdownQuery;
import com.managedmrr.application.credit.ExplanationQuery;
import com.managedmrr.domain.credit.BreakdownRow;
import com.managedmrr.domain.credit.Explanation;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.store.PartnerUserAssignments;
import com.managedmrr.web.ui.Async;
import com.managedmrr.web.ui.UiUseCases;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The read side of the Client Access Manager, composed from the use cases: the partner's clients (every client
 * account it has been assigned to, from its breakdown now) and its present users with their assignments. A client
 * belongs to the partner when it is one of those, or when one of its present users is assigned or seated there;
 * any other Hub ID is answered as not found, whatever the URL says.
 */
public final class AccessDirectory {

    private final UiUseCases useCases;
    private final ClockPort clock;

    public AccessDirectory(UiUseCases useCases, ClockPort clock) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The partner's clients and users, as they are now. */
    public Future<Directory> load(RoutingContext ctx, PartnerId partnerId) {
        Future<List<BreakdownRow>> rows = Async.call(ctx, () -> useCases.computeBreakdown()
                        .computeBreakdown(new BreakdownQuery(partnerId, Optional.empty(), Optional.empty())))
                .map(breakdown -> breakdown.clients());
        Future<List<PartnerUserAssignments>> users = Async.call(ctx,
                () -> useCases.listPartnerUsers().listPartnerUsers(partnerId));
        return Future.all(rows, users).map(done -> new Directory(
                rows.result().stream().map(row -> row.client()).map(ClientListing::of).toList(),
                users.result()));
    }

    /**
     * The client account and why the partner is or is not servicing it now, when it belongs to the partner; a failed
     * future with NOT_FOUND when it does not (or does not exist).
     */
    public Future<OwnedClient> ownedClient(RoutingContext ctx, PartnerId partnerId, HubId hubId) {
        Future<Explanation> explanation = Async.call(ctx, () -> useCases.explainClient()
                .explainClient(new ExplanationQuery(partnerId, hubId, Optional.of(clock.now()))));
        return explanation
                .compose(found -> found.users().stream().anyMatch(Explanation.User::partnerUser)
                        ? Future.succeededFuture(true)
                        : everAssigned(ctx, partnerId, hubId))
                .compose(owned -> {
                    if (!owned) {
                        return Future.failedFuture(notFound(hubId));
                    }
                    return Async.call(ctx, () -> useCases.viewClient().viewClient(hubId))
                            .map(client -> new OwnedClient(ClientListing.of(client), client, explanation.result()));
                });
    }

    private Future<Boolean> everAssigned(RoutingContext ctx, PartnerId partnerId, HubId hubId) {
        return Async.call(ctx, () -> useCases.computeBreakdown().computeBreakdown(
                        new BreakdownQuery(partnerId, Optional.empty(), Optional.of(hubId.toString()))))
                .map(breakdown -> breakdown.clients().stream().anyMatch(row -> row.client().hubId().equals(hubId)));
    }

    public static DomainException notFound(HubId hubId) {
        return DomainException.notFound("CLIENT_NOT_FOUND", "There is no client account " + hubId + " of yours.");
    }

    /** A client account as the access pages name it. */
    public record ClientListing(long hubId, String name, String currency) {

        static ClientListing of(ClientAccount client) {
            return new ClientListing(client.hubId().value(), client.name(), client.currency().code());
        }

        public String label() {
            return name + " (" + hubId + ")";
        }
    }

    /** A client of the partner, its account now, and the explanation of its standing now. */
    public record OwnedClient(ClientListing listing, ClientAccount account, Explanation explanation) {
    }

    /** The partner's clients (by name) and present users (by e-mail), with look-ups between them. */
    public static final class Directory {

        private final Map<Long, ClientListing> clients = new LinkedHashMap<>();
        private final List<PartnerUserAssignments> users;

        Directory(List<ClientListing> clients, List<PartnerUserAssignments> users) {
            clients.stream()
                    .sorted(Comparator.comparing((ClientListing c) -> c.name().toLowerCase(Locale.ROOT))
                            .thenComparingLong(ClientListing::hubId))
                    .forEach(client -> this.clients.put(client.hubId(), client));
            this.users = users.stream()
                    .sorted(Comparator.comparing(u -> u.user().email().value()))
                    .toList();
        }

        public List<ClientListing> clients() {
            return List.copyOf(clients.values());
        }

        public Optional<ClientListing> client(long hubId) {
            return Optional.ofNullable(clients.get(hubId));
        }

        /** The client by Hub ID when listed, else a listing that only knows the Hub ID. */
        public ClientListing clientOrBare(long hubId) {
            return client(hubId).orElse(new ClientListing(hubId, "Client account " + hubId, ""));
        }

        public List<PartnerUserAssignments> users() {
            return users;
        }

        public List<PartnerUserAssignments> employees() {
            return users.stream().filter(u -> u.user().isEmployee()).toList();
        }

        public List<PartnerUserAssignments> contractors() {
            return users.stream().filter(u -> !u.user().isEmployee()).toList();
        }

        public Optional<PartnerUserAssignments> user(String email) {
            return users.stream().filter(u -> u.user().email().value().equals(email)).findFirst();
        }

        /** The partner's users assigned to the client now. */
        public List<PartnerUserAssignments> assignedTo(long hubId) {
            return users.stream().filter(u -> u.assignedHubIds().contains(HubId.of(hubId))).toList();
        }

        /** Clients whose name or Hub ID contains the search text (all when blank). */
        public List<ClientListing> search(String text) {
            if (text == null || text.isBlank()) {
                return clients();
            }
            String needle = text.strip().toLowerCase(Locale.ROOT);
            return clients.values().stream()
                    .filter(c -> c.name().toLowerCase(Locale.ROOT).contains(needle)
                            || Long.toString(c.hubId()).contains(needle))
                    .toList();
        }
    }
}

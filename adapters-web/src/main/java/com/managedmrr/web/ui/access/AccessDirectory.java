package com.managedmrr.web.ui.access;

import com.managedmrr.application.ManagedMrrServices;
import com.managedmrr.application.partner.ListOwnClientsQuery;
import com.managedmrr.application.partner.OwnClient;
import com.managedmrr.application.partner.OwnClientQuery;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.store.PartnerUserAssignments;
import com.managedmrr.web.ui.Texts;
import com.managedmrr.web.usecase.UseCaseCall;
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
 * What the Client Access Manager's pages show, read through the application: the partner's own clients and its present
 * users with their assignments, and one client of the partner (the application answers not found for any other).
 */
public final class AccessDirectory {

    private final ManagedMrrServices services;

    public AccessDirectory(ManagedMrrServices services) {
        this.services = Objects.requireNonNull(services, "services");
    }

    /** The partner's clients and users, as they are now. */
    public Future<Directory> load(RoutingContext ctx, PartnerId partnerId) {
        Future<List<ClientAccount>> clients = UseCaseCall.call(ctx,
                () -> services.listOwnClients().listOwnClients(ListOwnClientsQuery.all(partnerId)));
        Future<List<PartnerUserAssignments>> users = UseCaseCall.call(ctx,
                () -> services.listPartnerUsers().listPartnerUsers(partnerId));
        Texts texts = Texts.of(ctx);
        return Future.all(clients, users).map(done -> new Directory(
                clients.result().stream().map(ClientListing::of).toList(), users.result(), texts));
    }

    /** The client of the partner with its explanation now; a failed future with NOT_FOUND for any other. */
    public Future<OwnClient> ownedClient(RoutingContext ctx, PartnerId partnerId, HubId hubId) {
        return UseCaseCall.call(ctx, () -> services.findOwnClient().findOwnClient(new OwnClientQuery(partnerId, hubId)));
    }

    /**
     * How the access pages name one of the partner's users, the same in every confirmation: their name, with the
     * e-mail added where another present user of the partner has the same name (case aside); the e-mail alone when
     * they are not a present user.
     */
    public static String personName(Texts texts, List<PartnerUserAssignments> users, String email) {
        Optional<PartnerUserAssignments> found = users.stream()
                .filter(u -> u.user().email().value().equals(email)).findFirst();
        if (found.isEmpty()) {
            return email;
        }
        String name = found.get().user().name();
        boolean shared = users.stream().anyMatch(u -> !u.user().email().value().equals(email)
                && sameName(u.user().name(), name));
        return shared ? name + " (" + email + ")" : name;
    }

    private static boolean sameName(String one, String other) {
        return one.strip().toLowerCase(Locale.ROOT).equals(other.strip().toLowerCase(Locale.ROOT));
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

    /** The partner's clients (in the application's order) and present users (by e-mail), with look-ups between them. */
    public static final class Directory {

        private final Map<Long, ClientListing> clients = new LinkedHashMap<>();
        private final List<PartnerUserAssignments> users;
        private final Texts texts;

        Directory(List<ClientListing> clients, List<PartnerUserAssignments> users, Texts texts) {
            this.texts = texts;
            clients.forEach(client -> this.clients.put(client.hubId(), client));
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

        /** The client by Hub ID, or NOT_FOUND when it is not one of the partner's. */
        public ClientListing listed(HubId hubId) {
            return client(hubId.value()).orElseThrow(() -> OwnClient.notYours(hubId));
        }

        /** The client by Hub ID when listed, else a listing that only knows the Hub ID. */
        public ClientListing clientOrBare(long hubId) {
            return client(hubId).orElse(new ClientListing(hubId,
                    texts.get("access.bareClientName", Long.toString(hubId)), ""));
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

        /** Whether the user is one of the partner's present contractors. */
        public boolean isContractor(String email) {
            return user(email).map(u -> !u.user().isEmployee()).orElse(false);
        }

        /** How confirmations name the user: see {@link AccessDirectory#personName(Texts, List, String)}. */
        public String personName(String email) {
            return AccessDirectory.personName(texts, users, email);
        }

        /** The words of the request these were read for. */
        public Texts texts() {
            return texts;
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

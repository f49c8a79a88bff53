package com.managedmrr.domain.access;

import com.managedmrr.domain.credit.QualifyingCatalogue;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.PartnerUser;
import com.managedmrr.domain.store.RecordedActivity;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The present state a command's scope ({@link AccessScope}) needs, read at its start inside its transaction. One
 * seat can concern several partners, so it holds every partner's side of the e-mails and client accounts covered.
 *
 * @param partner     the named partner, when it exists
 * @param clients     the named client accounts that exist
 * @param coveredHubs the client accounts covered: those named, those of the e-mails (when the scope asks), and those
 *                    of the tool's pending activities
 * @param memberships the present partner users, in every partner, of the scope's e-mails and of every e-mail seated
 *                    in a covered client account
 * @param seats       the open seats in the covered client accounts and of the scope's e-mails
 * @param assignments the open assignments to the covered client accounts, and those of the scope's e-mails in the
 *                    named partner
 * @param pending     the covered client accounts' activities (or the tool's) dated at or after the command's instant,
 *                    oldest first (then by id), with their judgement as recorded
 * @param catalogue   the qualifying-action catalogue through time
 * @param assetIds    the distinct asset ids of the scope's e-mails' activities in the named client accounts, sorted
 *                    (when the scope asks)
 */
public record AccessSnapshot(Optional<Partner> partner, Map<HubId, ClientAccount> clients, Set<HubId> coveredHubs,
                             List<PartnerUser> memberships, List<Seat> seats, List<Assignment> assignments,
                             List<RecordedActivity> pending, QualifyingCatalogue catalogue, List<String> assetIds) {

    public AccessSnapshot {
        Objects.requireNonNull(partner, "partner");
        clients = Map.copyOf(clients);
        coveredHubs = Set.copyOf(coveredHubs);
        memberships = List.copyOf(memberships);
        seats = List.copyOf(seats);
        assignments = List.copyOf(assignments);
        pending = List.copyOf(pending);
        Objects.requireNonNull(catalogue, "catalogue");
        assetIds = List.copyOf(assetIds);
    }
}

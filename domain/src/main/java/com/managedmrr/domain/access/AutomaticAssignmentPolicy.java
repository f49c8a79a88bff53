package com.managedmrr.domain.access;

import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.PartnerUser;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * docs/rules.md §3 and §9: an employee is assigned automatically to a client account when added (or added again) to the
 * partner account while the e-mail has a seat there, and when a seat goes from absent to present. Contractors never
 * are; status changes never assign.
 */
public final class AutomaticAssignmentPolicy {

    private AutomaticAssignmentPolicy() {
    }

    /** The client accounts a partner user joining the partner is assigned to. */
    public static List<HubId> onJoiningPartner(PartnerUser user, Collection<HubId> seatedHubs) {
        return user.isEmployee() ? seatedHubs.stream().distinct().sorted().toList() : List.of();
    }

    /** The partners whose user gets assigned when the e-mail's seat in a client account goes from absent to present. */
    public static List<PartnerId> onSeatAdded(Collection<PartnerUser> membershipsOfEmail) {
        return membershipsOfEmail.stream()
                .filter(PartnerUser::isEmployee)
                .map(PartnerUser::partnerId)
                .distinct()
                .sorted(Comparator.comparing(PartnerId::value))
                .toList();
    }
}

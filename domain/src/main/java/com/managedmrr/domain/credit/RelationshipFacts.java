package com.managedmrr.domain.credit;

import com.managedmrr.domain.model.PartnerId;
import java.util.Optional;

/**
 * What the credit rules need to know of one partner's relationship with one client as of an instant t: its latest
 * attributed activity at or before t and its latest immediate end at or before t. The latest activity is the one
 * that lives longest, and an end at or after it has cut every earlier one too, so nothing else matters.
 */
public record RelationshipFacts(PartnerId partnerId, Optional<AttributedActivity> lastAttributed,
                                Optional<RelationshipEnd> lastEnd) {
}

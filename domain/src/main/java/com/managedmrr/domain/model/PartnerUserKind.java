package com.managedmrr.domain.model;

/** Whether a partner user is an employee (e-mail in one of the partner's domains) or a contractor. */
public enum PartnerUserKind {
    EMPLOYEE,
    CONTRACTOR
}

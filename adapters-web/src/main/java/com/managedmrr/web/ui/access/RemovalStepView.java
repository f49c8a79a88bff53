package com.managedmrr.web.ui.access;

/** A step of the Remove employee from client wizard. */
public record RemovalStepView(RemovalView removal) {
}

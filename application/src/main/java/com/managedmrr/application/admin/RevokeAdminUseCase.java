package com.managedmrr.application.admin;

import java.util.concurrent.CompletionStage;

/**
 * Deletes the login; its sessions end at once. NOT_FOUND (PARTNER_NOT_FOUND) for an unknown partner, NOT_FOUND
 * (ADMIN_NOT_FOUND) when the partner has no such login.
 */
public interface RevokeAdminUseCase {

    CompletionStage<Void> revokeAdmin(RevokeAdminCommand command);
}

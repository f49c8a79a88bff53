package com.managedmrr.application.client;

import java.util.concurrent.CompletionStage;

/** NOT_FOUND when the client account is unknown or the e-mail has no seat there. */
public interface RemoveClientUserUseCase {

    CompletionStage<Void> removeClientUser(RemoveClientUserCommand command);
}

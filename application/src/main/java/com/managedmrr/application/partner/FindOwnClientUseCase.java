package com.managedmrr.application.partner;

import java.util.concurrent.CompletionStage;

/**
 * Finds a client account of the partner with its explanation now; any other client account, another partner's among
 * them, is answered as not found (CLIENT_NOT_FOUND).
 */
public interface FindOwnClientUseCase {

    CompletionStage<OwnClient> findOwnClient(OwnClientQuery query);
}

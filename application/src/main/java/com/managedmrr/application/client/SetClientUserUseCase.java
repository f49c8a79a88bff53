package com.managedmrr.application.client;

import com.managedmrr.application.common.Upserted;
import com.managedmrr.domain.model.SeatStatus;
import java.util.concurrent.CompletionStage;

/** Answers the seat's status, created when the seat was absent; NOT_FOUND when the client account is unknown. */
public interface SetClientUserUseCase {

    CompletionStage<Upserted<SeatStatus>> setClientUser(SetClientUserCommand command);
}

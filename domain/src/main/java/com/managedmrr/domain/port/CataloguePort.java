package com.managedmrr.domain.port;

import com.managedmrr.domain.credit.QualifyingActions;
import com.managedmrr.domain.credit.QualifyingCatalogue;
import java.util.concurrent.CompletionStage;

/** The qualifying-action catalogue through time. */
public interface CataloguePort {

    CompletionStage<QualifyingCatalogue> catalogue();

    /** Adds the tool's new entry, effective from its instant; answers true when the tool was not known before. */
    CompletionStage<Boolean> save(QualifyingActions actions);
}

package com.managedmrr.web.ui.access;

import com.managedmrr.domain.model.DomainException;
import com.managedmrr.web.ui.Language;
import com.managedmrr.web.ui.Texts;

/**
 * A refusal of the model shown inside one of the access pages (next to a field, above the staff): the model's own
 * message in English, which names what it refused; in another language the bundle's sentence for its code
 * ({@code refusal.CODE}), or the model's message when there is none. The failure handler words refusals the same way.
 */
final class AccessRefusalTexts {

    private AccessRefusalTexts() {
    }

    static String message(Texts texts, DomainException refusal) {
        String key = "refusal." + refusal.code();
        return texts.language() != Language.EN && texts.has(key) ? texts.get(key) : refusal.getMessage();
    }
}

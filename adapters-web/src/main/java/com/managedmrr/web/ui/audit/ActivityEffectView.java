package com.managedmrr.web.ui.audit;

import java.util.List;

/**
 * One line of what an entry did: a sentence, or, for many effects of one kind on one user (an automatic assignment to
 * 300 clients), a summary sentence with the clients it covered, listed when opened.
 */
public record ActivityEffectView(String sentence, List<String> items) {

    public ActivityEffectView {
        items = List.copyOf(items);
    }

    static ActivityEffectView line(String sentence) {
        return new ActivityEffectView(sentence, List.of());
    }

    /** Whether this line sums up several effects, listed in {@link #items}. */
    public boolean grouped() {
        return !items.isEmpty();
    }
}

package com.managedmrr.bootstrap;

import com.managedmrr.web.WebServer;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the HTTP method label of the metrics to a fixed set: a client may send any method name, and each new label
 * value would be a new Prometheus series (unbounded memory, a scrape that grows without a token). Methods outside
 * {@link WebServer#KNOWN_METHODS} are counted under {@link WebServer#OTHER_METHOD}.
 */
final class BoundedMethodLabel implements MeterFilter {

    /** The tag Vert.x's metrics give the request's method. */
    static final String TAG = "method";

    @Override
    public Meter.Id map(Meter.Id id) {
        String method = id.getTag(TAG);
        if (method == null || WebServer.KNOWN_METHODS.contains(method)) {
            return id;
        }
        List<Tag> tags = new ArrayList<>();
        for (Tag tag : id.getTagsAsIterable()) {
            tags.add(tag.getKey().equals(TAG) ? Tag.of(TAG, WebServer.OTHER_METHOD) : tag);
        }
        return id.replaceTags(tags);
    }
}

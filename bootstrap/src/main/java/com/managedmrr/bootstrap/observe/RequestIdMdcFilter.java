package com.managedmrr.bootstrap.observe;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import com.managedmrr.web.observe.RequestIds;
import org.slf4j.MDC;
import org.slf4j.Marker;

import java.util.Objects;
import java.util.Optional;

/**
 * Puts the id of the request being served into the MDC ({@value RequestIds#MDC_KEY}) of every log line, whichever
 * asynchronous hop of the request writes it. The id lives in the request's Vert.x context (see {@link RequestIds}),
 * which follows the request from callback to callback; a thread-local MDC alone would not, because one event loop
 * thread serves many requests in turn. Logback asks this filter before each line is made, on the thread that logs:
 * it copies the id of the Vert.x context that runs there, and takes away an id it copied earlier once no request
 * runs there. Ids put into the MDC by code itself are left alone.
 */
public final class RequestIdMdcFilter extends TurboFilter {

    private static final ThreadLocal<String> COPIED = new ThreadLocal<>();

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                              Throwable t) {
        Optional<String> current = RequestIds.current();
        String inMdc = MDC.get(RequestIds.MDC_KEY);
        if (current.isPresent()) {
            if (!current.get().equals(inMdc)) {
                MDC.put(RequestIds.MDC_KEY, current.get());
            }
            COPIED.set(current.get());
        } else {
            String copied = COPIED.get();
            if (copied != null) {
                if (Objects.equals(copied, inMdc)) {
                    MDC.remove(RequestIds.MDC_KEY);
                }
                COPIED.remove();
            }
        }
        return FilterReply.NEUTRAL;
    }
}

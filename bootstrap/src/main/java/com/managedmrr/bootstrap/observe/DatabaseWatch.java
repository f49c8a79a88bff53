package com.managedmrr.bootstrap.observe;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Asks the database a cheap question at a steady pace and logs when it stops answering ("database lost", a warning)
 * and when it answers again ("database regained", with how long it was away). Only changes are logged.
 */
public final class DatabaseWatch {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseWatch.class);

    private final Vertx vertx;
    private final Supplier<CompletionStage<Void>> check;
    private final Duration every;
    private long timer = -1;
    private boolean checking;
    private long lostAt = -1;

    public DatabaseWatch(Vertx vertx, Supplier<CompletionStage<Void>> check, Duration every) {
        this.vertx = vertx;
        this.check = check;
        this.every = every;
    }

    public DatabaseWatch start() {
        timer = vertx.setPeriodic(every.toMillis(), id -> checkOnce());
        return this;
    }

    public void stop() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
            timer = -1;
        }
    }

    // runs on one event loop: the timer's callbacks and the check's completion share its context
    private void checkOnce() {
        if (checking) {
            return;
        }
        checking = true;
        Future<Void> answer;
        try {
            answer = Future.fromCompletionStage(check.get(), vertx.getOrCreateContext());
        } catch (RuntimeException e) {
            answer = Future.failedFuture(e);
        }
        answer.timeout(Math.max(1_000, every.toMillis()), TimeUnit.MILLISECONDS).onComplete(result -> {
            checking = false;
            if (result.failed() && lostAt < 0) {
                lostAt = System.nanoTime();
                LOG.warn("database lost: {}", String.valueOf(result.cause().getMessage()).lines().findFirst()
                        .orElse("no answer"));
            } else if (result.succeeded() && lostAt >= 0) {
                long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - lostAt);
                lostAt = -1;
                LOG.info("database regained after {} s", seconds);
            }
        });
    }
}

package com.managedmrr.bootstrap;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code java -jar managed-mrr.jar [--demo]}: reads the environment, starts the server, prints a short banner, and stops
 * gracefully on SIGTERM or Ctrl-C. A bad configuration prints one line to stderr and exits with status 1.
 */
public final class Main {

    /** The embedded database lives in {@code ./data/postgres}, relative to the working directory. */
    static final Path DATA_DIRECTORY = Path.of("data");

    private Main() {
    }

    static final String USAGE = "usage: java -jar managed-mrr.jar [--demo]";

    public static void main(String[] args) {
        Optional<Boolean> demoArgument = demo(args);
        if (demoArgument.isEmpty()) {
            System.err.println(USAGE);
            System.exit(2);
        }
        boolean demo = demoArgument.get();
        Launch launch = launch(System.getenv(), DATA_DIRECTORY, demo, System.out, System.err,
                server -> Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    if (server.stop()) {
                        System.out.println("managed-mrr: stopped (requests in flight finished, database closed)");
                    }
                }, "managed-mrr-shutdown")));
        if (launch.exitCode() != 0) {
            System.exit(launch.exitCode());
        }
    }

    /** Whether the arguments ask for the demo data; empty when they hold anything else (then the usage is shown). */
    static Optional<Boolean> demo(String... args) {
        boolean demo = false;
        for (String arg : args) {
            if (!arg.equals("--demo")) {
                return Optional.empty();
            }
            demo = true;
        }
        return Optional.of(demo);
    }

    /** What {@link #launch} did: a running server (exit code 0), or the exit code to leave with. */
    record Launch(int exitCode, ManagedMrrServer server) {
    }

    /**
     * Everything {@link #main} does except exiting, so that tests can check the start-up error path.
     *
     * @param beforeStart called with the server before it starts (main registers the shutdown hook there, so that
     *                    Ctrl-C during start-up also stops what was started)
     */
    static Launch launch(Map<String, String> environment, Path dataDirectory, PrintStream out, PrintStream err,
                         Consumer<ManagedMrrServer> beforeStart) {
        return launch(environment, dataDirectory, false, out, err, beforeStart);
    }

    /** @param demo seed the demo partner (the {@code --demo} argument) */
    static Launch launch(Map<String, String> environment, Path dataDirectory, boolean demo, PrintStream out,
                         PrintStream err, Consumer<ManagedMrrServer> beforeStart) {
        try {
            Config config = Config.fromEnvironment(environment);
            ManagedMrrServer server = new ManagedMrrServer(config, dataDirectory, demo);
            beforeStart.accept(server);
            server.start();
            server.banner().forEach(out::println);
            return new Launch(0, server);
        } catch (StartupException e) {
            err.println(e.getMessage());
            return new Launch(1, null);
        } catch (RuntimeException | Error e) {
            err.println("managed-mrr: could not start: " + e.getClass().getSimpleName() + ": "
                    + EmbeddedDatabase.oneLine(e));
            return new Launch(2, null);
        }
    }
}

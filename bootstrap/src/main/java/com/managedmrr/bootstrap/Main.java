package com.managedmrr.bootstrap;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code java -jar managed-mrr.jar [--demo | --rebuild-spans | --help | --version]}: reads the environment, starts the
 * server, prints a short banner, and stops gracefully on SIGTERM or Ctrl-C. A bad configuration prints one line to
 * stderr and exits with status 1; an unknown argument prints the usage and exits with status 2.
 */
public final class Main {

    /** The embedded database lives in {@code ./data/postgres}, relative to the working directory. */
    static final Path DATA_DIRECTORY = Path.of("data");

    private Main() {
    }

    static final String USAGE = "usage: java -jar managed-mrr.jar [--demo | --rebuild-spans | --help | --version]";

    /** Exit statuses, as the README lists them. */
    static final int EXIT_OK = 0;
    static final int EXIT_BAD_CONFIGURATION = 1;
    static final int EXIT_BAD_ARGUMENTS = 2;
    static final int EXIT_REPAIRED = 3;

    /** What the command line asks for. */
    enum Command { RUN, DEMO, REBUILD_SPANS, HELP, VERSION }

    public static void main(String[] args) {
        Optional<Command> command = command(args);
        if (command.isEmpty()) {
            System.err.println(USAGE);
            System.err.println("(--help lists the settings)");
            System.exit(EXIT_BAD_ARGUMENTS);
        }
        if (command.get() == Command.HELP) {
            System.out.print(help());
            System.exit(EXIT_OK);
        }
        if (command.get() == Command.VERSION) {
            System.out.println(version());
            System.exit(EXIT_OK);
        }
        if (command.get() == Command.REBUILD_SPANS) {
            System.exit(RebuildSpans.run(System.getenv(), DATA_DIRECTORY, System.out, System.err));
        }
        boolean demo = command.get() == Command.DEMO;
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
        return command(args).filter(c -> c == Command.RUN || c == Command.DEMO).map(c -> c == Command.DEMO);
    }

    /** What the arguments ask for: nothing (run), --demo, --rebuild-spans, --help or --version alone; else empty. */
    static Optional<Command> command(String... args) {
        if (args.length == 0) {
            return Optional.of(Command.RUN);
        }
        if (args.length > 1) {
            return Optional.empty();
        }
        return switch (args[0]) {
            case "--demo" -> Optional.of(Command.DEMO);
            case "--rebuild-spans" -> Optional.of(Command.REBUILD_SPANS);
            case "--help", "-h" -> Optional.of(Command.HELP);
            case "--version" -> Optional.of(Command.VERSION);
            default -> Optional.empty();
        };
    }

    /** {@code managed-mrr 0.1.0}: what {@code --version} prints. */
    static String version() {
        return "managed-mrr " + BuildInfo.version();
    }

    /** The usage, the arguments, every environment variable with its default, and the exit statuses. */
    static String help() {
        StringBuilder text = new StringBuilder();
        text.append(version()).append(": the system of record for a partner program's managed MRR credit\n\n");
        text.append(USAGE).append("\n\n");
        text.append("  --demo            seed a demo partner and print an admin sign-in for the web UI\n");
        text.append("  --rebuild-spans   compute the breakdown's read model (servicing spans) again from the ledger,\n")
                .append("                    report and replace what differed, and exit (writes wait meanwhile)\n");
        text.append("  --help            print this help and exit\n");
        text.append("  --version         print the version and exit\n\n");
        text.append("Settings, from environment variables (an empty one counts as unset):\n");
        int width = Config.VARIABLES.stream().mapToInt(v -> v.name().length()).max().orElse(0) + 2;
        for (Config.Variable variable : Config.VARIABLES) {
            text.append("  ").append(String.format("%-" + width + "s", variable.name())).append(variable.meaning())
                    .append("\n  ").append(" ".repeat(width)).append("default: ").append(variable.byDefault())
                    .append("\n");
        }
        text.append("\nExit status:\n")
                .append("  ").append(EXIT_OK).append("  stopped normally (SIGTERM, Ctrl-C), or --help / --version\n")
                .append("  ").append(EXIT_BAD_CONFIGURATION)
                .append("  a bad setting or a failed start-up (one line on stderr names it)\n")
                .append("  ").append(EXIT_BAD_ARGUMENTS).append("  an unknown argument, or an unexpected error at start-up\n")
                .append("  ").append(EXIT_REPAIRED)
                .append("  --rebuild-spans found stored spans or copies that differed from the ledger (now replaced)\n");
        return text.toString();
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
            ObservabilitySettings observability = ObservabilitySettings.fromEnvironment(environment);
            ManagedMrrServer server = new ManagedMrrServer(config, dataDirectory, demo, observability);
            beforeStart.accept(server);
            server.start();
            server.banner().forEach(out::println);
            return new Launch(0, server);
        } catch (StartupException e) {
            err.println(e.getMessage());
            return new Launch(EXIT_BAD_CONFIGURATION, null);
        } catch (RuntimeException | Error e) {
            err.println("managed-mrr: could not start: " + e.getClass().getSimpleName() + ": "
                    + EmbeddedDatabase.oneLine(e));
            return new Launch(EXIT_BAD_ARGUMENTS, null);
        }
    }
}

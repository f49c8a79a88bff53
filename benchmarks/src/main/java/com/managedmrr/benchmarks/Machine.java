package com.managedmrr.benchmarks;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** What the figures were measured on: cores, memory, load average, Java, and the commit of the product. */
final class Machine {

    private Machine() {
    }

    static JsonObject describe() {
        return new JsonObject()
                .put("cores", Runtime.getRuntime().availableProcessors())
                .put("memory", memory())
                .put("java", "Java " + System.getProperty("java.version"))
                .put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"))
                .put("loadAverage", loadAverage());
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "%.1f GiB", kb / 1048576.0);
                }
            }
        } catch (Exception ignored) {
            // not Linux
        }
        return "unknown";
    }

    static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes()).trim();
            if (git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0) {
                Process status = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no", "--",
                        "domain", "application", "adapters-persistence", "adapters-web", "bootstrap").redirectErrorStream(true).start();
                String dirty = new String(status.getInputStream().readAllBytes()).trim();
                status.waitFor(10, TimeUnit.SECONDS);
                return dirty.isEmpty() ? out : out + "+changes";
            }
        } catch (Exception ignored) {
            // no git
        }
        return "unknown";
    }
}

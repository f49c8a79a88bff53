package com.managedmrr.bootstrap;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/api.md cannot go stale: every {@code curl} command of the guide runs, in order, with bash and curl against a
 * freshly started server, and its answer must match the JSON block shown under it ({@code "…"} matches any value).
 * The {@code sh} blocks that are not curl commands set variables ({@code NOW} and the like) once, for the commands
 * that follow, as a reader's shell would.
 * <p>
 * To rewrite the answers in the guide after a deliberate change of the API, run this test with
 * {@code -Dguide.rewrite=true}: it writes what the server answered (instants and cursors as {@code "…"}) into
 * docs/api.md, and the diff shows what changed.
 */
class ApiGuideEndToEndIT {

    private static final String TOKEN = "api-guide-token-0123456789";
    private static final String ANY = "…";
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    private static final Pattern FENCE = Pattern.compile("^```(\\w*)\\s*$");

    @RegisterExtension
    static final RunningServer server = new RunningServer(TOKEN);

    /** A fenced block of the guide: its language, its text, and the lines it spans (fences included). */
    record Block(String language, String text, int first, int last) {
    }

    @Test
    void everyCurlExampleOfTheGuide_answersWhatTheGuideShows() throws Exception {
        Path guide = guide();
        List<String> lines = Files.readAllLines(guide, StandardCharsets.UTF_8);
        List<Block> blocks = blocks(lines);
        Map<String, String> variables = new java.util.HashMap<>();
        variables.put("MRR", "http://127.0.0.1:" + server.port() + "/api/v1");
        variables.put("TOKEN", TOKEN);
        List<String> rewritten = new ArrayList<>(lines);
        List<int[]> replacements = new ArrayList<>();
        List<String> replacementTexts = new ArrayList<>();
        int commands = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.language().equals("sh")) {
                continue;
            }
            if (!block.text().startsWith("curl ")) {
                // variables set once, as a reader's shell keeps them for the commands that follow
                for (String line : run("set -a\n" + block.text() + "\nenv", variables).split("\n")) {
                    int equals = line.indexOf('=');
                    if (equals > 0 && block.text().contains(line.substring(0, equals) + "=")) {
                        variables.put(line.substring(0, equals), line.substring(equals + 1));
                    }
                }
                continue;
            }
            commands++;
            String answer = run(block.text(), variables);
            Block shown = i + 1 < blocks.size() && blocks.get(i + 1).language().equals("json")
                    && onlyBlankBetween(lines, block.last(), blocks.get(i + 1).first()) ? blocks.get(i + 1) : null;
            if (Boolean.getBoolean("guide.rewrite")) {
                String json = answer.isBlank() ? null : "```json\n" + redacted(parse(answer)) + "\n```";
                if (shown != null) {
                    replacements.add(new int[] {shown.first(), shown.last()});
                    replacementTexts.add(json == null ? "" : json);
                } else if (json != null) {
                    replacements.add(new int[] {block.last() + 1, block.last()});
                    replacementTexts.add("\n" + json);
                }
                continue;
            }
            if (shown == null) {
                assertThat(answer).as("the answer to\n%s\nis not shown in the guide", block.text()).isBlank();
            } else {
                Object expected = parse(shown.text());
                Object actual = parse(answer);
                assertThat(matches(expected, actual))
                        .as("the guide's line %d shows\n%s\nbut\n%s\nanswered\n%s", shown.first() + 1, shown.text(),
                                block.text(), answer)
                        .isTrue();
            }
        }
        if (Boolean.getBoolean("guide.rewrite")) {
            for (int r = replacements.size() - 1; r >= 0; r--) {
                int[] span = replacements.get(r);
                for (int line = span[1]; line >= span[0]; line--) {
                    rewritten.remove(line);
                }
                rewritten.add(span[0], replacementTexts.get(r));
            }
            Files.writeString(guide, String.join("\n", rewritten) + "\n", StandardCharsets.UTF_8);
        }
        assertThat(commands).as("curl examples in the guide").isGreaterThanOrEqualTo(20);
    }

    private static Path guide() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs/api.md");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("docs/api.md not found above " + Path.of("").toAbsolutePath());
    }

    private static List<Block> blocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            var open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).startsWith("```")) {
                end++;
            }
            String text = String.join("\n", lines.subList(i + 1, Math.min(end, lines.size())));
            blocks.add(new Block(open.group(1), text, i, end));
            i = end;
        }
        return blocks;
    }

    private static boolean onlyBlankBetween(List<String> lines, int after, int before) {
        return lines.subList(after + 1, before).stream().allMatch(String::isBlank);
    }

    private static String run(String script, Map<String, String> variables) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", "set -euo pipefail\n" + script);
        builder.environment().putAll(variables);
        builder.redirectErrorStream(false);
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("%s\n%s", script, err).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    private static Object parse(String json) {
        String text = json.strip();
        if (text.isEmpty()) {
            return null;
        }
        return text.startsWith("[") ? new JsonArray(text) : new JsonObject(text);
    }

    /** Whether an answer matches what the guide shows: same fields, same values, {@code "…"} for any value. */
    static boolean matches(Object expected, Object actual) {
        if (ANY.equals(expected)) {
            return actual != null;
        }
        if (expected instanceof JsonObject object) {
            if (!(actual instanceof JsonObject other)) {
                return false;
            }
            var extra = new java.util.HashSet<>(other.fieldNames());
            extra.removeAll(object.fieldNames());
            extra.remove("instance"); // a problem's request id, different in every run
            return extra.isEmpty() && object.fieldNames().stream()
                    .allMatch(name -> other.containsKey(name) && matches(object.getValue(name), other.getValue(name)));
        }
        if (expected instanceof JsonArray array) {
            if (!(actual instanceof JsonArray other) || other.size() != array.size()) {
                return false;
            }
            for (int i = 0; i < array.size(); i++) {
                if (!matches(array.getValue(i), other.getValue(i))) {
                    return false;
                }
            }
            return true;
        }
        if (expected instanceof Number a && actual instanceof Number b) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
        }
        return java.util.Objects.equals(expected, actual);
    }

    /** The answer as the guide shows it: instants and cursors as "…", without the request id. */
    private static String redacted(Object json) {
        Object redacted = redact(json, "");
        return redacted instanceof JsonObject object ? object.encodePrettily() : ((JsonArray) redacted).encodePrettily();
    }

    private static Object redact(Object value, String name) {
        if (value instanceof JsonObject object) {
            JsonObject copy = new JsonObject();
            object.forEach(entry -> {
                if (!entry.getKey().equals("instance")) {
                    copy.put(entry.getKey(), redact(entry.getValue(), entry.getKey()));
                }
            });
            return copy;
        }
        if (value instanceof JsonArray array) {
            JsonArray copy = new JsonArray();
            array.forEach(item -> copy.add(redact(item, name)));
            return copy;
        }
        if (value instanceof String text && (name.equals("next") || INSTANT.matcher(text).matches())) {
            return ANY;
        }
        return value;
    }
}

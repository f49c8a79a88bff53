package com.managedmrr.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Conventions of the source that ArchUnit cannot see, because they live in names and text rather than in
 * dependencies: one naming style for tests, and types named by import rather than inline.
 */
class SourceConventionsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> MODULES = List.of("domain", "application", "adapters-web",
            "adapters-persistence", "bootstrap", "benchmarks");

    /** A test method's annotation, any further annotations, then its declaration. */
    private static final Pattern TEST_METHOD = Pattern.compile(
            "@(?:Test|ParameterizedTest|TestFactory|RepeatedTest)\\b[^\\n]*\\n(?:\\s*@[^\\n]*\\n)*"
                    + "\\s*(?:public\\s+|protected\\s+|static\\s+|final\\s+)*[\\w<>\\[\\], ?]+\\s+(\\w+)\\s*\\(");
    /** The situation, then what follows from it: lower camel case segments joined by underscores. */
    private static final Pattern SITUATION_OUTCOME = Pattern.compile("[a-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+");
    /** A qualified type name such as {@code java.time.Clock} (a lower-case package path, then an upper-case name). */
    private static final Pattern QUALIFIED_TYPE = Pattern.compile(
            "(?<![\\w.])(?:java|javax|jakarta|io|com|org|net)(?:\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\w*");

    @Test
    void everyTestMethod_isNamedSituationThenOutcome() {
        List<String> offending = new ArrayList<>();
        for (Path file : javaFiles("src/test/java")) {
            Matcher method = TEST_METHOD.matcher(read(file));
            while (method.find()) {
                String name = method.group(1);
                if (!SITUATION_OUTCOME.matcher(name).matches() || name.startsWith("given")) {
                    offending.add(ROOT.relativize(file) + ": " + name);
                }
            }
        }
        assertThat(offending)
                .as("test methods are named situation_outcome (e.g. aContractorWithoutASeat_isRefused), "
                        + "never given…")
                .isEmpty();
    }

    @Test
    void mainCode_namesTypesByImport_neverInlineFullyQualified() {
        List<String> offending = new ArrayList<>();
        for (Path file : javaFiles("src/main/java")) {
            String[] lines = codeOnly(read(file)).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.startsWith("import ") || line.startsWith("package ")) {
                    continue;
                }
                Matcher qualified = QUALIFIED_TYPE.matcher(line);
                if (qualified.find()) {
                    offending.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + qualified.group());
                }
            }
        }
        assertThat(offending).as("types in main code are imported, not written out inline").isEmpty();
    }

    @Test
    void theCommentAndStringFilter_keepsCodeOnly() {
        String code = codeOnly("""
                /** {@link java.time.Clock} */ java.time.Instant at; // java.util.List
                String s = "java.util.Map"; char c = '"'; java.util.Set<String> set;
                """);
        assertThat(code).contains("java.time.Instant", "java.util.Set").doesNotContain("Clock", "List", "Map");
        assertThat(code.split("\n", -1)).hasSize(3);
    }

    /** The source with comments, string, text-block and character literals blanked (line breaks kept). */
    static String codeOnly(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = skipTo(source, i, "\n", code, false);
            } else if (source.startsWith("/*", i)) {
                i = skipTo(source, i + 2, "*/", code, true);
            } else if (source.startsWith("\"\"\"", i)) {
                i = skipTo(source, i + 3, "\"\"\"", code, true);
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != c) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    /** Skips to past {@code end} (or to the line break, kept, for a line comment), keeping only line breaks. */
    private static int skipTo(String source, int from, String end, StringBuilder code, boolean pastEnd) {
        int found = source.indexOf(end, from);
        int stop = found < 0 ? source.length() : found;
        for (int k = from; k < stop; k++) {
            if (source.charAt(k) == '\n') {
                code.append('\n');
            }
        }
        return pastEnd && found >= 0 ? found + end.length() : stop;
    }

    private static List<Path> javaFiles(String sourceRoot) {
        List<Path> files = new ArrayList<>();
        for (String module : MODULES) {
            Path root = ROOT.resolve(module).resolve(sourceRoot);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(root)) {
                paths.filter(path -> path.toString().endsWith(".java")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(files).as("Java sources under " + sourceRoot).isNotEmpty();
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

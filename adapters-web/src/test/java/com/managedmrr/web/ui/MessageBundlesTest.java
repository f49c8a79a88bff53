package com.managedmrr.web.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UI's words are complete in both languages: the same messages (plural ones with every form the language
 * needs), the same arguments, valid patterns, every key a template or handler names is there, no key is left over,
 * and Polish never just repeats the English.
 */
class MessageBundlesTest {

    private static final Set<String> PLURAL_FORMS = Set.of("one", "few", "many", "other");
    private static final Map<Language, Set<String>> FORMS_NEEDED = Map.of(
            Language.EN, Set.of("one", "other"),
            Language.PL, Set.of("one", "few", "many"));
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Path MAIN = Path.of("src/main");
    /** A template's #{key} or #{key(...)}, and #texts.count('key', ...). */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.]*)|#texts\\.count\\('([\\w.]+)'");
    /** A handler's texts.get("key"...) or texts.count("key"...), whatever the variable is called. */
    private static final Pattern JAVA_KEY = Pattern.compile("\\.(get|count)\\(\"([a-z]+\\.[\\w.]*\\w)\"");
    /** Keys a handler builds from a value (an enum's name, a refusal's code), by their fixed start. */
    private static final Set<String> BUILT_KEYS = Set.of("common.error.", "refusal.");
    /** Messages that read the same in Polish: names the UI keeps (the product, Client Access Manager, Hub ID, MRR). */
    private static final Set<String> SAME_IN_BOTH = Set.of("common.product", "common.nav.access", "access.hubId",
            "points.column.hubId", "points.column.mrr");

    @Test
    void bothLanguages_haveTheSameMessages_eachWithTheFormsItsLanguageNeeds() {
        Map<Language, Set<String>> bases = new TreeMap<>();
        for (Language language : Language.values()) {
            Map<String, Set<String>> forms = forms(language);
            forms.forEach((base, present) -> {
                if (!present.isEmpty()) {
                    assertThat(present).as("plural forms of %s in %s", base, language.tag())
                            .containsExactlyInAnyOrderElementsOf(FORMS_NEEDED.get(language));
                }
            });
            bases.put(language, forms.keySet());
        }
        Set<String> english = bases.get(Language.EN);
        Set<String> polish = bases.get(Language.PL);
        assertThat(difference(english, polish)).as("in English, missing in Polish").isEmpty();
        assertThat(difference(polish, english)).as("in Polish, missing in English").isEmpty();
    }

    @Test
    void everyMessage_isAValidPattern_withItsApostrophesDoubled_andTheSameArgumentsInBothLanguages() {
        Map<String, String> english = Texts.in(Language.EN).messages();
        Map<String, String> polish = Texts.in(Language.PL).messages();
        for (Language language : Language.values()) {
            Texts.in(language).messages().forEach((key, pattern) -> {
                new MessageFormat(pattern, language.locale());
                assertThat(pattern.replace("''", "")).as("%s (%s): a lone apostrophe", key, language.tag())
                        .doesNotContain("'");
            });
        }
        english.forEach((key, pattern) -> {
            String base = base(key);
            Set<String> englishArguments = arguments(pattern);
            polish.entrySet().stream().filter(entry -> base(entry.getKey()).equals(base))
                    .forEach(entry -> assertThat(arguments(entry.getValue()))
                            .as("arguments of %s in Polish", entry.getKey()).isEqualTo(englishArguments));
        });
    }

    @Test
    void polish_neverRepeatsTheEnglish_butForNames() {
        Map<String, String> polish = Texts.in(Language.PL).messages();
        Set<String> same = Texts.in(Language.EN).messages().entrySet().stream()
                .filter(entry -> entry.getValue().equals(polish.get(entry.getKey())))
                .map(Map.Entry::getKey)
                .filter(key -> !SAME_IN_BOTH.contains(key))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(same).as("messages not translated").isEmpty();
    }

    @Test
    void everyKeyATemplateOrHandlerNames_isThere() {
        Set<String> bases = forms(Language.EN).keySet();
        Set<String> missing = new TreeSet<>();
        usedKeys().forEach(key -> {
            if (!bases.contains(key)) {
                missing.add(key);
            }
        });

        assertThat(missing).isEmpty();
    }

    @Test
    void everyMessage_isUsed() {
        Set<String> used = usedKeys();
        Set<String> unused = forms(Language.EN).keySet().stream()
                .filter(base -> !used.contains(base))
                .filter(base -> BUILT_KEYS.stream().noneMatch(base::startsWith))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(unused).isEmpty();
    }

    /** Each message's name without a plural form, with the forms present (none for a plain message). */
    private static Map<String, Set<String>> forms(Language language) {
        Map<String, Set<String>> forms = new TreeMap<>();
        for (String key : Texts.in(language).messages().keySet()) {
            String base = base(key);
            Set<String> present = forms.computeIfAbsent(base, b -> new TreeSet<>());
            if (!base.equals(key)) {
                present.add(key.substring(base.length() + 1));
            }
        }
        return forms;
    }

    private static String base(String key) {
        int dot = key.lastIndexOf('.');
        return dot > 0 && PLURAL_FORMS.contains(key.substring(dot + 1)) ? key.substring(0, dot) : key;
    }

    private static Set<String> arguments(String pattern) {
        Set<String> arguments = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            arguments.add(matcher.group(1));
        }
        return arguments;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> difference = new TreeSet<>(a);
        difference.removeAll(b);
        return difference;
    }

    /** Every key named in the templates and the main Java sources. */
    private static Set<String> usedKeys() {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.toString();
                if (name.endsWith(".html")) {
                    Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(file));
                    while (matcher.find()) {
                        used.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                    }
                } else if (name.endsWith(".java")) {
                    Matcher matcher = JAVA_KEY.matcher(Files.readString(file));
                    while (matcher.find()) {
                        String bundle = matcher.group(2).substring(0, matcher.group(2).indexOf('.'));
                        if (Texts.BUNDLES.contains(bundle) || bundle.equals("refusal")) {
                            used.add(matcher.group(2));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return used;
    }
}

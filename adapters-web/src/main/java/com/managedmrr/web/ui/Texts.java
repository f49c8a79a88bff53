package com.managedmrr.web.ui;

import com.managedmrr.domain.model.DomainException;
import io.vertx.ext.web.RoutingContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Every word the admin UI shows, in one language: its messages (the bundles under {@code i18n/}, read as UTF-8),
 * plurals, and how it writes numbers, money and dates. Handlers take the request's with {@link #of(RoutingContext)};
 * templates reach the same messages as {@code #{key}} and the rest as {@code #texts}.
 *
 * <p>Every message is a {@link MessageFormat} pattern: arguments are {@code {0}}, {@code {1}}, and an apostrophe is
 * written twice. Pass names, Hub IDs and numbers already written (strings), so a pattern never formats on its own.
 * A key that is not there is a programming error and throws; the bundles' test keeps both languages complete.
 *
 * <p>Dates and times are always in UTC, as the rule book counts them. English keeps ISO dates ({@code 2026-03-01},
 * {@code 2026-03-01 14:05 UTC}); Polish writes {@code 01.03.2026} and {@code 01.03.2026, 14:05 UTC}. Amounts keep
 * their own scale (so JPY has no decimals either way) and take the locale's separators: {@code 1,000.00 USD},
 * {@code 1 000,00 USD}, and {@code 1 000,00 zł} for the złoty in Polish.
 */
public final class Texts {

    /** The bundles, one per part of the UI; a key lives in exactly one. */
    public static final List<String> BUNDLES = List.of("common", "signin", "points", "access", "activity");

    private static final Map<Language, Texts> ALL = load();

    private final Language language;
    private final Map<String, String> messages;
    private final DecimalFormatSymbols symbols;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter month;
    private final DateTimeFormatter shortMonth;

    private Texts(Language language, Map<String, String> messages) {
        this.language = language;
        this.messages = messages;
        this.symbols = DecimalFormatSymbols.getInstance(language.locale());
        if (language == Language.PL) {
            date = DateTimeFormatter.ofPattern("dd.MM.yyyy", language.locale());
            dateTime = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm 'UTC'", language.locale());
            month = DateTimeFormatter.ofPattern("LLLL yyyy", language.locale());
            shortMonth = DateTimeFormatter.ofPattern("LLL", language.locale());
        } else {
            date = DateTimeFormatter.ofPattern("yyyy-MM-dd", language.locale());
            dateTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", language.locale());
            month = DateTimeFormatter.ofPattern("MMM yyyy", language.locale());
            shortMonth = DateTimeFormatter.ofPattern("MMM", language.locale());
        }
    }

    /** The request's texts, in its {@link Language}. */
    public static Texts of(RoutingContext ctx) {
        return in(Language.of(ctx));
    }

    public static Texts in(Language language) {
        return ALL.get(language);
    }

    public Language language() {
        return language;
    }

    /** The message under the key, its arguments put in. */
    public String get(String key, Object... args) {
        String pattern = messages.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no message " + key + " in " + language.tag());
        }
        return new MessageFormat(pattern, language.locale()).format(args);
    }

    /**
     * A refusal of the model in words: its own message in English, which names what it refused; in another language
     * the bundle's sentence for its code ({@code refusal.CODE}), or the model's message when the bundle has none.
     */
    public String refusal(DomainException refusal) {
        String key = "refusal." + refusal.code();
        return language != Language.EN && has(key) ? get(key) : refusal.getMessage();
    }

    /** Whether the key is there (for the bundles' test and the template resolver). */
    public boolean has(String key) {
        return messages.containsKey(key);
    }

    /**
     * A message that depends on a count: the key's {@code .one}, {@code .few}, {@code .many} or {@code .other} form,
     * as the language's plural rules pick ({@link #pluralCategory}), with the count written as {@code {0}} and the
     * further arguments as {@code {1}}, {@code {2}}...
     */
    public String count(String key, long n, Object... args) {
        return plural(key, n, args);
    }

    /** {@link #count(String, long, Object...)} with the count alone, as templates call it ({@code #texts.count('key', n)}). */
    public String count(String key, long n) {
        return plural(key, n, new Object[0]);
    }

    private String plural(String key, long n, Object[] args) {
        Object[] all = new Object[args.length + 1];
        all[0] = number(n);
        System.arraycopy(args, 0, all, 1, args.length);
        return get(key + "." + pluralCategory(n), all);
    }

    /**
     * The CLDR plural category of a whole number. English: one (1), other. Polish: one (1); few (2–4, 22–24, ...,
     * but not 12–14); many (the rest). The two rules are written here rather than taken from ICU4J, a 14 MB library
     * for five lines.
     */
    public String pluralCategory(long n) {
        long abs = Math.abs(n);
        if (language == Language.PL) {
            if (abs == 1) {
                return "one";
            }
            long lastDigit = abs % 10;
            long lastTwo = abs % 100;
            return lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14) ? "few" : "many";
        }
        return abs == 1 ? "one" : "other";
    }

    /** A whole number with the locale's thousands separator: {@code 1,000}, {@code 1 000}. */
    public String number(long n) {
        return new DecimalFormat("#,##0", symbols).format(n);
    }

    /** A decimal with thousands separators and exactly its own scale: {@code 1,000.00}, {@code 1 000,00}. */
    public String amount(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        int scale = Math.max(0, value.scale());
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        return format.format(value);
    }

    /** An amount in a currency: {@code 1,000.00 USD}, {@code 450,000 JPY}, {@code 1 000,00 zł}. */
    public String money(String currency, BigDecimal value) {
        return amount(value) + "\u00a0" + currencySymbol(currency);
    }

    /** How the language names a currency after an amount: its ISO code, but {@code zł} for the złoty in Polish. */
    public String currencySymbol(String currency) {
        return language == Language.PL && "PLN".equals(currency) ? "zł" : currency;
    }

    public String date(Instant instant) {
        return instant == null ? "" : date.format(instant.atZone(Formats.ZONE));
    }

    public String date(LocalDate value) {
        return value == null ? "" : date.format(value);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant.atZone(Formats.ZONE));
    }

    /** A month and year, as a chart's axis names it: {@code Mar 2026}, {@code marzec 2026}. */
    public String month(LocalDate value) {
        return month.format(value);
    }

    public String shortMonth(LocalDate value) {
        return shortMonth.format(value);
    }

    /** Every key of the language (for the bundles' test). */
    public Map<String, String> messages() {
        return messages;
    }

    private static Map<Language, Texts> load() {
        Map<Language, Texts> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<String, String> messages = new TreeMap<>();
            for (String bundle : BUNDLES) {
                String suffix = language == Language.EN ? "" : "_" + language.tag();
                read("i18n/" + bundle + suffix + ".properties").forEach((key, value) -> {
                    if (messages.put(key, value) != null) {
                        throw new IllegalStateException("message " + key + " is in two bundles (" + language.tag() + ")");
                    }
                });
            }
            all.put(language, new Texts(language, Map.copyOf(messages)));
        }
        return all;
    }

    private static Map<String, String> read(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Objects.requireNonNull(Texts.class.getClassLoader().getResourceAsStream(resource),
                () -> "missing " + resource); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        Map<String, String> messages = new TreeMap<>();
        properties.forEach((key, value) -> messages.put((String) key, (String) value));
        return messages;
    }
}

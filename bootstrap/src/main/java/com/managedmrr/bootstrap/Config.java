package com.managedmrr.bootstrap;

import com.managedmrr.persistence.database.DatabaseUrl;
import com.managedmrr.persistence.database.PgPoolFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's settings, read from environment variables. An empty variable counts as unset. {@link #VARIABLES} lists
 * every variable with its meaning and default: {@code --help} prints it, and the README's table says the same.
 *
 * @param httpHost          {@value #HTTP_HOST}: the address to listen on, default all interfaces
 * @param httpPort          {@value #HTTP_PORT}, default 8080 (0 = any free port)
 * @param databaseUrl       {@value #DATABASE_URL}; empty = the embedded PostgreSQL under {@code ./data/}
 * @param databasePoolSize  {@value #DATABASE_POOL_SIZE}: the connection pool's size, default 10
 * @param apiTokens         the API tokens by caller name ({@value #API_TOKENS}, {@value #API_TOKENS_FILE}, and
 *                          {@value #API_TOKEN} as the caller {@value #DEFAULT_CALLER}); when none is set, a random
 *                          one named {@value #DEFAULT_CALLER} ({@code apiTokenGenerated})
 * @param apiTokenGenerated whether the token was generated for this run (then the banner shows it)
 * @param shutdownGrace     {@value #SHUTDOWN_GRACE}: how long requests in flight may take to finish at shutdown
 * @param drain             {@value #DRAIN}: how long the server keeps serving after SIGTERM, {@code /ready} answering
 *                          503 meanwhile, so that a load balancer stops sending before it stops
 * @param uiSecret          {@value #UI_SECRET}: the key of the admin UI's sessions and CSRF tokens (at least
 *                          {@value #MIN_UI_SECRET_BYTES} bytes); empty = one generated once and kept in the database,
 *                          so every instance on the database shares it
 * @param publicUrl         {@value #PUBLIC_URL}: the URL people reach the server at (e.g. behind a TLS-terminating
 *                          proxy); when it is https, cookies are Secure and HSTS is sent; the banner prints it
 */
public record Config(String httpHost, int httpPort, Optional<DatabaseUrl> databaseUrl, int databasePoolSize,
                     Map<String, String> apiTokens, boolean apiTokenGenerated, Duration shutdownGrace,
                     Duration drain, Optional<String> uiSecret, Optional<URI> publicUrl) {

    public static final String HTTP_HOST = "MRR_HTTP_HOST";
    public static final String HTTP_PORT = "MRR_HTTP_PORT";
    public static final String DATABASE_URL = "MRR_DATABASE_URL";
    public static final String DATABASE_PASSWORD_FILE = "MRR_DATABASE_PASSWORD_FILE";
    public static final String DATABASE_POOL_SIZE = "MRR_DATABASE_POOL_SIZE";
    public static final String API_TOKEN = "MRR_API_TOKEN";
    public static final String API_TOKENS = "MRR_API_TOKENS";
    public static final String API_TOKENS_FILE = "MRR_API_TOKENS_FILE";
    public static final String SHUTDOWN_GRACE = "MRR_SHUTDOWN_GRACE";
    public static final String DRAIN = "MRR_DRAIN";
    public static final String UI_SECRET = "MRR_UI_SECRET";
    public static final String PUBLIC_URL = "MRR_PUBLIC_URL";
    public static final int MIN_UI_SECRET_BYTES = 32;

    public static final String DEFAULT_HTTP_HOST = "0.0.0.0";
    public static final int DEFAULT_HTTP_PORT = 8080;
    public static final int DEFAULT_DATABASE_POOL_SIZE = PgPoolFactory.DEFAULT_MAX_SIZE;
    public static final int MAX_DATABASE_POOL_SIZE = 1000;
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(20);
    public static final Duration DEFAULT_DRAIN = Duration.ofSeconds(5);
    static final Duration MAX_DURATION = Duration.ofMinutes(10);
    /** {@value #API_TOKEN}, the single token of earlier versions. */
    public static final int MIN_TOKEN_LENGTH = 16;
    /** Each token of {@value #API_TOKENS}. */
    public static final int MIN_NAMED_TOKEN_LENGTH = 32;
    /** The caller name of {@value #API_TOKEN} and of a generated token. */
    public static final String DEFAULT_CALLER = "default";
    private static final Pattern CALLER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m)?");

    /** An environment variable the server reads, for {@code --help} and the README. */
    public record Variable(String name, String meaning, String byDefault) {
    }

    /** Every variable the server reads, in the order {@code --help} lists them. */
    public static final List<Variable> VARIABLES = List.of(
            new Variable(HTTP_HOST, "the address to listen on (e.g. 127.0.0.1)", "all interfaces (" + DEFAULT_HTTP_HOST + ")"),
            new Variable(HTTP_PORT, "the HTTP port (0 = any free port)", Integer.toString(DEFAULT_HTTP_PORT)),
            new Variable(DATABASE_URL, "postgresql://user:password@host:port/database[?sslmode=...&sslrootcert=...]; "
                    + "sslmode: disable, require, verify-ca, verify-full", "an embedded PostgreSQL with its data in ./data/postgres"),
            new Variable(DATABASE_PASSWORD_FILE, "a file holding the database password (instead of the URL's)", "none"),
            new Variable(DATABASE_POOL_SIZE, "database connections per server", Integer.toString(DEFAULT_DATABASE_POOL_SIZE)),
            new Variable(API_TOKENS, "named API tokens: name=token,name=token (each token at least "
                    + MIN_NAMED_TOKEN_LENGTH + " characters)", "none"),
            new Variable(API_TOKENS_FILE, "a file holding the named API tokens (one name=token a line, or as above)", "none"),
            new Variable(API_TOKEN, "one API token (at least " + MIN_TOKEN_LENGTH + " characters), named '"
                    + DEFAULT_CALLER + "'", "a random one, printed at start-up, when no token is set"),
            new Variable(SHUTDOWN_GRACE, "how long requests in flight may take to finish at shutdown",
                    format(DEFAULT_SHUTDOWN_GRACE)),
            new Variable(DRAIN, "after SIGTERM, how long to keep serving with /ready answering 503", format(DEFAULT_DRAIN)),
            new Variable(UI_SECRET, "the admin UI's secret (at least " + MIN_UI_SECRET_BYTES + " bytes): it signs the CSRF "
                    + "tokens and keys the sign-in sessions; the same on every instance",
                    "one generated at the first start and kept in the database"),
            new Variable(PUBLIC_URL, "the URL people reach the server at, e.g. https://mrr.example.com behind a "
                    + "TLS-terminating proxy; https makes the UI's cookies Secure and sends HSTS", "none"),
            new Variable("MRR_LOG_FORMAT", "text or json (one JSON object per line)", "text"),
            new Variable("MRR_LOG_LEVEL", "the level of the server's own log lines (TRACE, DEBUG, INFO, WARN, ERROR)",
                    "INFO"),
            new Variable("MRR_METRICS_PORT", "serve /metrics on this port only (0 = any free port)",
                    "/metrics on the HTTP port"));

    private static final SecureRandom RANDOM = new SecureRandom();

    public Config {
        Objects.requireNonNull(httpHost, "httpHost");
        Objects.requireNonNull(databaseUrl, "databaseUrl");
        Objects.requireNonNull(apiTokens, "apiTokens");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        Objects.requireNonNull(drain, "drain");
        Objects.requireNonNull(uiSecret, "uiSecret");
        Objects.requireNonNull(publicUrl, "publicUrl");
        if (apiTokens.isEmpty()) {
            throw new IllegalArgumentException("at least one API token is needed");
        }
        apiTokens = Collections.unmodifiableMap(new LinkedHashMap<>(apiTokens));
    }

    /** One token named {@value #DEFAULT_CALLER}, everything else by default: for tests. */
    public Config(int httpPort, Optional<DatabaseUrl> databaseUrl, String apiToken, boolean apiTokenGenerated) {
        this(DEFAULT_HTTP_HOST, httpPort, databaseUrl, DEFAULT_DATABASE_POOL_SIZE, Map.of(DEFAULT_CALLER, apiToken),
                apiTokenGenerated, DEFAULT_SHUTDOWN_GRACE, Duration.ZERO, Optional.empty(), Optional.empty());
    }

    /** The same, with another drain period. */
    public Config withDrain(Duration otherDrain) {
        return new Config(httpHost, httpPort, databaseUrl, databasePoolSize, apiTokens, apiTokenGenerated, shutdownGrace,
                otherDrain, uiSecret, publicUrl);
    }

    /** The same, with a public URL. */
    public Config withPublicUrl(URI url) {
        return new Config(httpHost, httpPort, databaseUrl, databasePoolSize, apiTokens, apiTokenGenerated, shutdownGrace,
                drain, uiSecret, Optional.of(url));
    }

    /** Whether people reach the server over HTTPS (so cookies are Secure and HSTS is sent). */
    public boolean servedOverHttps() {
        return publicUrl.map(url -> "https".equalsIgnoreCase(url.getScheme())).orElse(false);
    }

    /** The token of the caller {@value #DEFAULT_CALLER}, else the first one (the banner shows a generated one). */
    public String apiToken() {
        return apiTokens.getOrDefault(DEFAULT_CALLER, apiTokens.values().iterator().next());
    }

    /** Reads the process environment; generates the API token with {@link SecureRandom} when none is set. */
    public static Config fromEnvironment(Map<String, String> environment) throws StartupException {
        return parse(environment, Config::generateToken);
    }

    /** Pure parsing (and reading the secret files named): {@code tokenGenerator} is asked only when no token is set. */
    static Config parse(Map<String, String> environment, Supplier<String> tokenGenerator) throws StartupException {
        String host = value(environment, HTTP_HOST).orElse(DEFAULT_HTTP_HOST);
        int port = parsePort(value(environment, HTTP_PORT));
        Optional<DatabaseUrl> databaseUrl = parseDatabaseUrl(environment);
        int poolSize = parsePoolSize(value(environment, DATABASE_POOL_SIZE));
        Duration grace = parseDuration(SHUTDOWN_GRACE, value(environment, SHUTDOWN_GRACE), DEFAULT_SHUTDOWN_GRACE);
        Duration drain = parseDuration(DRAIN, value(environment, DRAIN), DEFAULT_DRAIN);
        Optional<String> uiSecret = checkUiSecret(value(environment, UI_SECRET));
        Optional<URI> publicUrl = parsePublicUrl(value(environment, PUBLIC_URL));
        Map<String, String> tokens = parseTokens(environment);
        if (tokens.isEmpty()) {
            return new Config(host, port, databaseUrl, poolSize, Map.of(DEFAULT_CALLER, tokenGenerator.get()), true,
                    grace, drain, uiSecret, publicUrl);
        }
        return new Config(host, port, databaseUrl, poolSize, tokens, false, grace, drain, uiSecret, publicUrl);
    }

    private static Optional<String> checkUiSecret(Optional<String> secret) throws StartupException {
        if (secret.isEmpty()) {
            return secret;
        }
        int bytes = secret.get().getBytes(StandardCharsets.UTF_8).length;
        if (bytes < MIN_UI_SECRET_BYTES) {
            throw new StartupException(UI_SECRET + ": must be at least " + MIN_UI_SECRET_BYTES + " bytes long (it has "
                    + bytes + ")");
        }
        return secret;
    }

    private static Optional<URI> parsePublicUrl(Optional<String> text) throws StartupException {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI url = new URI(text.get());
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && url.getHost() != null && url.getRawQuery() == null
                    && url.getRawFragment() == null && url.getRawUserInfo() == null) {
                return Optional.of(url);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new StartupException(PUBLIC_URL + ": '" + printable(text.get())
                + "' is not an http or https URL such as https://mrr.example.com");
    }

    /** 32 random bytes, URL-safe Base64 without padding (43 characters). */
    static String generateToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** {@code 20s}, {@code 500ms}, {@code 2m}, or seconds alone; also ISO-8601 ({@code PT20S}). */
    static Duration parseDuration(String variable, Optional<String> text, Duration byDefault) throws StartupException {
        if (text.isEmpty()) {
            return byDefault;
        }
        Duration duration = null;
        Matcher matcher = DURATION.matcher(text.get().toLowerCase(Locale.ROOT));
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            String unit = matcher.group(2) == null ? "s" : matcher.group(2);
            duration = switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
            };
        } else if (text.get().toUpperCase(Locale.ROOT).startsWith("PT")) {
            try {
                duration = Duration.parse(text.get().toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        if (duration == null || duration.isNegative() || duration.compareTo(MAX_DURATION) > 0) {
            throw new StartupException(variable + ": '" + printable(text.get())
                    + "' is not a duration from 0s to 10m (e.g. 20s, 500ms, 2m)");
        }
        return duration;
    }

    /** {@code 20s}, {@code 500ms}, {@code 2m}: how {@code --help} shows a duration. */
    static String format(Duration duration) {
        if (duration.toMillis() % 1000 != 0) {
            return duration.toMillis() + "ms";
        }
        long seconds = duration.toSeconds();
        return seconds % 60 == 0 && seconds > 0 ? seconds / 60 + "m" : seconds + "s";
    }

    private static int parsePort(Optional<String> text) throws StartupException {
        if (text.isEmpty()) {
            return DEFAULT_HTTP_PORT;
        }
        try {
            int port = Integer.parseInt(text.get());
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new StartupException(HTTP_PORT + ": '" + printable(text.get()) + "' is not a port number (0-65535)");
    }

    private static int parsePoolSize(Optional<String> text) throws StartupException {
        if (text.isEmpty()) {
            return DEFAULT_DATABASE_POOL_SIZE;
        }
        try {
            int size = Integer.parseInt(text.get());
            if (size >= 1 && size <= MAX_DATABASE_POOL_SIZE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new StartupException(DATABASE_POOL_SIZE + ": '" + printable(text.get())
                + "' is not a number of connections from 1 to " + MAX_DATABASE_POOL_SIZE);
    }

    private static Optional<DatabaseUrl> parseDatabaseUrl(Map<String, String> environment) throws StartupException {
        Optional<String> text = value(environment, DATABASE_URL);
        Optional<String> passwordFile = value(environment, DATABASE_PASSWORD_FILE);
        if (text.isEmpty()) {
            if (passwordFile.isPresent()) {
                throw new StartupException(DATABASE_PASSWORD_FILE + ": needs " + DATABASE_URL
                        + " (the embedded database has no password)");
            }
            return Optional.empty();
        }
        DatabaseUrl url;
        try {
            url = DatabaseUrl.parse(text.get());
        } catch (IllegalArgumentException e) {
            throw new StartupException(DATABASE_URL + ": " + e.getMessage());
        }
        if (passwordFile.isPresent()) {
            if (url.password().isPresent()) {
                throw new StartupException(DATABASE_PASSWORD_FILE + ": " + DATABASE_URL
                        + " has a password too; give it in one place only");
            }
            String password = stripFinalNewline(readSecret(DATABASE_PASSWORD_FILE, passwordFile.get()));
            if (password.isEmpty()) {
                throw new StartupException(DATABASE_PASSWORD_FILE + ": " + passwordFile.get() + " is empty");
            }
            url = url.withPassword(password);
        }
        return Optional.of(url);
    }

    /** The tokens by caller name, in the order given; empty when none is set. */
    private static Map<String, String> parseTokens(Map<String, String> environment) throws StartupException {
        Optional<String> listed = value(environment, API_TOKENS);
        Optional<String> file = value(environment, API_TOKENS_FILE);
        if (listed.isPresent() && file.isPresent()) {
            throw new StartupException(API_TOKENS_FILE + ": " + API_TOKENS + " is set too; use one of them");
        }
        Map<String, String> tokens = new LinkedHashMap<>();
        Optional<String> single = value(environment, API_TOKEN);
        if (single.isPresent()) {
            tokens.put(DEFAULT_CALLER, checkToken(API_TOKEN, single.get(), MIN_TOKEN_LENGTH));
        }
        if (listed.isPresent()) {
            addNamedTokens(API_TOKENS, listed.get(), tokens);
        } else if (file.isPresent()) {
            addNamedTokens(API_TOKENS_FILE, readSecret(API_TOKENS_FILE, file.get()), tokens);
        }
        return tokens;
    }

    /** {@code name=token} entries separated by commas or line breaks; blank lines and {@code #} comments are skipped. */
    private static void addNamedTokens(String variable, String text, Map<String, String> tokens)
            throws StartupException {
        int before = tokens.size();
        for (String line : text.split("\\R")) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            for (String entry : line.split(",")) {
                String trimmed = entry.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                int equals = trimmed.indexOf('=');
                if (equals < 0) {
                    throw new StartupException(variable + ": each entry is name=token (an entry has no '=')");
                }
                String name = trimmed.substring(0, equals).strip();
                if (!CALLER_NAME.matcher(name).matches()) {
                    throw new StartupException(variable + ": '" + printable(name) + "' is not a caller name "
                            + "(letters, digits, '.', '_', '-'; at most 64)");
                }
                String token = checkToken(variable + " (" + name + ")", trimmed.substring(equals + 1).strip(),
                        MIN_NAMED_TOKEN_LENGTH);
                if (tokens.containsKey(name)) {
                    throw new StartupException(variable + ": the name " + name + " is given twice"
                            + (name.equals(DEFAULT_CALLER) ? " (" + API_TOKEN + " is named " + DEFAULT_CALLER + ")" : ""));
                }
                if (tokens.containsValue(token)) {
                    throw new StartupException(variable + ": " + name + "'s token is also another caller's; "
                            + "each caller needs its own");
                }
                tokens.put(name, token);
            }
        }
        if (tokens.size() == before) {
            throw new StartupException(variable + ": names no token (expected name=token,name=token)");
        }
    }

    private static String checkToken(String subject, String token, int minimumLength) throws StartupException {
        if (token.length() < minimumLength) {
            throw new StartupException(subject + ": must be at least " + minimumLength
                    + " characters long (it has " + token.length() + ")");
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c <= ' ' || c == 0x7f) {
                throw new StartupException(subject + ": must not contain spaces or control characters");
            }
        }
        return token;
    }

    private static String readSecret(String variable, String fileName) throws StartupException {
        try {
            return Files.readString(Path.of(fileName), StandardCharsets.UTF_8);
        } catch (InvalidPathException e) {
            throw new StartupException(variable + ": '" + printable(fileName) + "' is not a file name");
        } catch (IOException e) {
            throw new StartupException(variable + ": cannot read " + fileName + " ("
                    + (e.getClass().getSimpleName().equals("NoSuchFileException") ? "no such file"
                    : e.getClass().getSimpleName()) + ")");
        }
    }

    private static String stripFinalNewline(String text) {
        String result = text;
        while (result.endsWith("\n") || result.endsWith("\r")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }

    private static Optional<String> value(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static String printable(String text) {
        String shown = text.length() > 20 ? text.substring(0, 20) + "..." : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }

    /** Never shows a token or a database password. */
    @Override
    public String toString() {
        return "Config[httpHost=" + httpHost + ", httpPort=" + httpPort + ", databaseUrl="
                + databaseUrl.map(DatabaseUrl::toString).orElse("embedded") + ", databasePoolSize=" + databasePoolSize
                + ", apiTokens=" + String.join(",", apiTokens.keySet()) + " (***" + (apiTokenGenerated ? ", generated" : "")
                + "), shutdownGrace=" + format(shutdownGrace) + ", drain=" + format(drain) + ", uiSecret="
                + (uiSecret.isPresent() ? "***" : "in the database") + ", publicUrl="
                + publicUrl.map(URI::toString).orElse("unset") + "]";
    }
}

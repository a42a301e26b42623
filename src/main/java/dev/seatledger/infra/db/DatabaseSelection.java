package dev.seatledger.infra.db;

import dev.seatledger.core.common.Preferences;
import dev.seatledger.core.common.SecretCipher;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which database to open: the command line ({@code --jdbc-url}, {@code --db-user}, {@code --db-password}) wins over
 * the settings ({@code db.url}, {@code db.user}, {@code db.password} stored encrypted), which win over the embedded
 * H2 database in the data folder. A password can also come from {@code SEATLEDGER_DB_PASSWORD}, so it need not
 * appear in a process list.
 */
public final class DatabaseSelection {
    public static final String URL_ARG = "--jdbc-url";
    public static final String USER_ARG = "--db-user";
    public static final String PASSWORD_ARG = "--db-password";
    public static final String PASSWORD_ENV = "SEATLEDGER_DB_PASSWORD";
    public static final String URL_KEY = "db.url";
    public static final String USER_KEY = "db.user";
    public static final String PASSWORD_KEY = "db.password";

    /** Database coordinates as given on a command line; any part may be absent. */
    public record Given(String url, String user, String password) {
        public static final Given NONE = new Given(null, null, null);

        /** Reads the three options from raw arguments, in {@code --opt value} or {@code --opt=value} form. */
        public static Given fromArgs(List<String> args) {
            return new Given(option(args, URL_ARG), option(args, USER_ARG), option(args, PASSWORD_ARG));
        }

        @Override
        public String toString() {
            return "Given[" + (url == null ? "-" : DatabaseConfig.masked(url)) + ", " + user + ", password "
                + (password == null ? "absent" : "***") + "]";
        }
    }

    private DatabaseSelection() {
    }

    public static DatabaseConfig resolve(Given given, Preferences settings, SecretCipher cipher, Path dataFolder) {
        return resolve(given, settings, cipher, dataFolder, System.getenv());
    }

    static DatabaseConfig resolve(Given given, Preferences settings, SecretCipher cipher, Path dataFolder,
                                  Map<String, String> env) {
        Optional<String> envPassword = Optional.ofNullable(env.get(PASSWORD_ENV)).filter(p -> !p.isEmpty());
        if (notBlank(given.url())) {
            String password = given.password() != null ? given.password()
                : envPassword.orElseGet(() -> sameAsSaved(given.url(), settings) ? savedPassword(settings, cipher) : "");
            String user = notBlank(given.user()) ? given.user() : settings.get(USER_KEY, "");
            return of(given.url().strip(), user, password);
        }
        Optional<String> url = settings.get(URL_KEY);
        if (url.isPresent()) {
            String password = given.password() != null ? given.password()
                : envPassword.orElseGet(() -> savedPassword(settings, cipher));
            String user = notBlank(given.user()) ? given.user() : settings.get(USER_KEY, "");
            return of(url.get().strip(), user, password);
        }
        return DatabaseConfig.h2(dataFolder);
    }

    /** Stores a shared database in the settings, the password encrypted with the data folder's key. */
    public static void remember(Preferences settings, SecretCipher cipher, DatabaseConfig config) {
        settings.put(URL_KEY, config.jdbcUrl());
        settings.put(USER_KEY, config.user() == null || config.user().isEmpty() ? null : config.user());
        String password = config.password();
        settings.put(PASSWORD_KEY, password == null || password.isEmpty() ? null : cipher.encrypt(password));
        settings.save();
    }

    /** Removes the shared database from the settings: the embedded database is used again. */
    public static void forget(Preferences settings) {
        settings.put(URL_KEY, null);
        settings.put(USER_KEY, null);
        settings.put(PASSWORD_KEY, null);
        settings.save();
    }

    static DatabaseConfig of(String url, String user, String password) {
        if (url.startsWith("jdbc:postgresql:")) {
            return DatabaseConfig.postgres(url, user, password);
        }
        if (url.startsWith("jdbc:h2:")) {
            return new DatabaseConfig(url, user.isEmpty() ? "sa" : user, password, null);
        }
        throw new DatabaseOpenException(dev.seatledger.core.common.Messages.get("db.error.url",
            DatabaseConfig.masked(url)), null);
    }

    private static boolean sameAsSaved(String url, Preferences settings) {
        return settings.get(URL_KEY).map(u -> u.strip().equals(url.strip())).orElse(false);
    }

    private static String savedPassword(Preferences settings, SecretCipher cipher) {
        return settings.get(PASSWORD_KEY).map(cipher::decrypt).orElse("");
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String option(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals(name) && i + 1 < args.size()) {
                return args.get(i + 1);
            }
            if (a.startsWith(name + "=")) {
                return a.substring(name.length() + 1);
            }
        }
        return null;
    }
}

package dev.seatledger.infra.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where SeatLedger keeps its database, settings, documents and backups. Order of precedence:
 * {@code --data-dir DIR}, then {@code SEATLEDGER_DATA_DIR}, then the OS convention.
 */
public final class DataFolder {
    public static final String ENV_VAR = "SEATLEDGER_DATA_DIR";
    public static final String ARG = "--data-dir";

    private DataFolder() {
    }

    public static Path resolve(List<String> args, Map<String, String> env, String osName, String userHome) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals(ARG) && i + 1 < args.size()) {
                return Path.of(args.get(i + 1)).toAbsolutePath();
            }
            if (a.startsWith(ARG + "=")) {
                return Path.of(a.substring(ARG.length() + 1)).toAbsolutePath();
            }
        }
        String fromEnv = env.get(ENV_VAR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        return osDefault(env, osName, userHome);
    }

    static Path osDefault(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("SeatLedger");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "SeatLedger");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("seatledger");
    }

    public static Path fromEnvironment(List<String> args) {
        return resolve(args, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }
}

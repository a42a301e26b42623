package dev.seatledger.infra.settings;

import java.io.IOException;
import java.nio.file.Files;
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
    /** Subfolders SeatLedger writes into; made owner-only with everything inside them. */
    public static final List<String> SUBFOLDERS = List.of("backups", "documents", "logs", "exports");
    /** Files SeatLedger keeps directly in the data folder besides the {@code seatledger.*} database files. */
    private static final List<String> FILES = List.of("secret.key", "settings.properties");

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

    /**
     * Creates the data folder owner-only, or makes an existing one owner-only with SeatLedger's own files and
     * subfolders in it (folders left by older versions or created by the log system with the default umask).
     * Other files a user keeps in the folder are left alone.
     */
    public static Path secure(Path folder) {
        OwnerOnly.folder(folder);
        if (!OwnerOnly.supported()) {
            return folder;
        }
        try (var entries = Files.list(folder)) {
            for (Path p : entries.toList()) {
                String name = p.getFileName().toString();
                if (SUBFOLDERS.contains(name)) {
                    OwnerOnly.tree(p);
                } else if (name.startsWith("seatledger") || FILES.contains(name)) {
                    OwnerOnly.file(p);
                }
            }
        } catch (IOException e) {
            // The folder itself is owner-only; its files are unreachable to other users either way.
        }
        return folder;
    }

    public static Path fromEnvironment(List<String> args) {
        return resolve(args, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }
}

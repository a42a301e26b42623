package dev.seatledger.cli;

import dev.seatledger.infra.logging.LogConfigurator;
import dev.seatledger.infra.settings.DataFolder;
import java.util.List;

/**
 * Logging of a command-line run, settled before the first logger exists: every line goes to the data folder's
 * {@code logs/seatledger.log}; standard error shows log lines only with {@code --verbose}, so a script reads nothing
 * there but the command's own errors.
 */
final class CliLogging {
    static final String VERBOSE = "--verbose";

    private CliLogging() {
    }

    /** Sets the logging's system properties from the raw arguments; creates nothing on disk. */
    static void beforeFirstLogger(List<String> args) {
        System.setProperty(LogConfigurator.LOG_DIR_PROPERTY,
            DataFolder.fromEnvironment(args).resolve("logs").toString());
        System.setProperty(LogConfigurator.CONSOLE_PROPERTY, String.valueOf(verbose(args)));
    }

    static boolean verbose(List<String> args) {
        for (String a : args) {
            if (a.equals("--")) {
                return false;
            }
            if (a.equals(VERBOSE)) {
                return true;
            }
        }
        return false;
    }
}

package dev.seatledger;

import dev.seatledger.cli.SeatLedgerCli;
import dev.seatledger.infra.logging.LogConfigurator;
import dev.seatledger.infra.os.RendererChoice;
import dev.seatledger.infra.settings.DataFolder;
import dev.seatledger.infra.settings.OwnerOnly;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javafx.application.Application;
import org.slf4j.LoggerFactory;

/**
 * Entry point of the jar and of the window installer; does not extend Application so the classpath launch
 * works. Given a command ({@code java -jar seatledger.jar catalog}), it runs the command line without a window.
 */
public final class Launcher {
    /** Global options that take a value; anything else that is not an option names a command. */
    private static final Set<String> VALUED = Set.of("--data-dir", "--jdbc-url", "--db-user", "--db-password");
    private static final Set<String> CLI_FLAGS = Set.of("--help", "-h", "--version", "-V");

    private Launcher() {
    }

    public static void main(String[] args) {
        if (isCommand(Arrays.asList(args))) {
            SeatLedgerCli.main(args);
            return;
        }
        java.nio.file.Path folder = DataFolder.fromEnvironment(Arrays.asList(args));
        // before the first logger is created: the log configuration reads this property
        System.setProperty(LogConfigurator.LOG_DIR_PROPERTY, folder.resolve("logs").toString());
        try {
            DataFolder.secure(folder);
            OwnerOnly.folder(folder.resolve("logs"));
        } catch (java.io.UncheckedIOException e) {
            LoggerFactory.getLogger(Launcher.class).warn("Data folder permissions not set: {}", e.getMessage());
        }
        RendererChoice.beforeLaunch(folder, LocalDate.now());
        startLogging();
        Application.launch(App.class, args);
    }

    /**
     * Sets logging up on its own thread while JavaFX starts its toolkit, which waits on the display much of the
     * time; the first logger the window asks for is then ready or nearly so (ADR 0029).
     */
    private static void startLogging() {
        Thread thread = new Thread(() -> LoggerFactory.getLogger(Launcher.class), "logging-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether the arguments name a command (or ask for help or the version) rather than open the window. */
    static boolean isCommand(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (VALUED.contains(a)) {
                i++;
            } else if (CLI_FLAGS.contains(a)) {
                return true;
            } else if (!a.startsWith("-")) {
                return true;
            }
        }
        return false;
    }
}

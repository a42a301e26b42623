package dev.seatledger.infra.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import java.util.Map;

/**
 * The app's logging, set up in code rather than from {@code logback.xml}: parsing the XML configuration loaded
 * about 500 classes and took 150–250 ms of a cold start, before the first window (ADR 0029). Found by logback
 * through {@code META-INF/services}. Messages go to standard error and to {@code seatledger.log} in the folder
 * named by the system property {@code seatledger.logdir} (the data folder's {@code logs}; the temporary folder's
 * {@code seatledger-logs} when unset), rolled at 5 MB, five old files kept. The command line sets the system property
 * {@code seatledger.log.console} to {@code false} unless given {@code --verbose}: its console then carries only the
 * command's own output and errors, and the file still receives every line.
 *
 * <p>A configuration file given with {@code -Dlogback.configurationFile}, or a {@code logback-test.xml} on the
 * class path (the test suite's), takes precedence: this configurator then leaves the work to logback's own.
 */
public class LogConfigurator extends ContextAwareBase implements Configurator {
    public static final String LOG_DIR_PROPERTY = "seatledger.logdir";
    /** {@code false} leaves standard error out of the logging (the command line without {@code --verbose}). */
    public static final String CONSOLE_PROPERTY = "seatledger.log.console";
    static final String FILE_PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n";
    static final String CONSOLE_PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n";
    static final String MAX_FILE_SIZE = "5MB";
    static final int KEPT_FILES = 5;
    /** Libraries whose INFO lines say nothing an IT manager or a support request needs. */
    static final Map<String, Level> QUIET = Map.of(
        "org.hibernate", Level.WARN,
        "org.flywaydb", Level.WARN,
        "com.zaxxer.hikari", Level.WARN,
        "org.apache.pdfbox", Level.ERROR);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
            || LogConfigurator.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configure(context, logDirectory(), !"false".equalsIgnoreCase(System.getProperty(CONSOLE_PROPERTY)));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets up {@code context}: INFO and above to standard error and to a rolling file in {@code directory}. */
    public static void configure(LoggerContext context, Path directory) {
        configure(context, directory, true);
    }

    /** The same, with standard error left out when {@code console} is false. */
    public static void configure(LoggerContext context, Path directory, boolean console) {
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (console) {
            ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
            stderr.setContext(context);
            stderr.setName("CONSOLE");
            stderr.setTarget("System.err");
            stderr.setEncoder(encoder(context, CONSOLE_PATTERN));
            stderr.start();
            root.addAppender(stderr);
        }

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(directory.resolve("seatledger.log").toString());
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(directory.resolve("seatledger.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(KEPT_FILES);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf(MAX_FILE_SIZE));
        trigger.start();
        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.setEncoder(encoder(context, FILE_PATTERN));
        file.start();

        QUIET.forEach((name, level) -> context.getLogger(name).setLevel(level));
        root.setLevel(Level.INFO);
        root.addAppender(file);
    }

    /** The file every line goes to (the newest of the rolled files). */
    public static Path logFile() {
        return logDirectory().resolve("seatledger.log");
    }

    static Path logDirectory() {
        String dir = System.getProperty(LOG_DIR_PROPERTY);
        return dir != null && !dir.isBlank() ? Path.of(dir)
            : Path.of(System.getProperty("java.io.tmpdir"), "seatledger-logs");
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}

package dev.seatledger.infra.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogConfiguratorTest {
    @TempDir
    Path logs;

    @Test
    void writesTheAppsLinesToTheLogFileAndKeepsLibrariesToWarnings() throws Exception {
        LoggerContext context = newContext();
        LogConfigurator.configure(context, logs);
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender("CONSOLE");
        context.getLogger("dev.seatledger.App").info("Window shown");
        context.getLogger("dev.seatledger.App").debug("not at debug level");
        context.getLogger("org.hibernate.orm.connections").info("HHH10001005: Database info");
        context.getLogger("org.hibernate.orm.connections").warn("HHH000511: The database is too old");
        context.getLogger("org.apache.pdfbox.pdmodel.font").warn("font substituted");
        context.stop();

        List<String> lines = Files.readAllLines(logs.resolve("seatledger.log"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\[.+] INFO  dev\\.seatledger\\.App - Window shown");
        assertThat(lines.get(1)).endsWith("WARN  org.hibernate.orm.connections - HHH000511: The database is too old");
    }

    @Test
    void rollsTheFileAtFiveMegabytesKeepingFiveOldOnesBesideIt() {
        LoggerContext context = newContext();
        LogConfigurator.configure(context, logs);

        var file = (RollingFileAppender<ILoggingEvent>) context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("FILE");
        var rolling = (FixedWindowRollingPolicy) file.getRollingPolicy();
        var trigger = (SizeBasedTriggeringPolicy<ILoggingEvent>) file.getTriggeringPolicy();
        assertThat(file.getFile()).isEqualTo(logs.resolve("seatledger.log").toString());
        assertThat(rolling.getFileNamePattern()).isEqualTo(logs.resolve("seatledger.%i.log").toString());
        assertThat(rolling.getMinIndex()).isEqualTo(1);
        assertThat(rolling.getMaxIndex()).isEqualTo(5);
        assertThat(trigger.getMaxFileSize().getSize()).isEqualTo(5L * 1024 * 1024);
        context.stop();
    }

    @Test
    void withoutTheConsoleEveryLineStillGoesToTheFile() throws Exception {
        LoggerContext context = newContext();
        LogConfigurator.configure(context, logs, false);

        var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        assertThat(root.getAppender("CONSOLE")).isNull();
        root.info("only in the file");
        context.stop();
        assertThat(logs.resolve("seatledger.log")).content().contains("only in the file");
    }

    /** A context as logback's start-up makes one. */
    private static LoggerContext newContext() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.start();
        return context;
    }

    @Test
    void logbackFindsItThroughTheServiceLoader() {
        assertThat(java.util.ServiceLoader.load(ch.qos.logback.classic.spi.Configurator.class).stream()
            .map(java.util.ServiceLoader.Provider::type)).contains(LogConfigurator.class);
    }

    @Test
    void leavesTheWorkToLogbackWhenALogbackTestFileIsOnTheClassPath() {
        assertThat(LogConfigurator.class.getClassLoader().getResource("logback-test.xml")).isNotNull();
        LoggerContext context = newContext();
        LogConfigurator configurator = new LogConfigurator();
        configurator.setContext(context);

        assertThat(configurator.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }

    @Test
    void logsGoToTheDataFoldersLogsFolderNamedAtLaunch() {
        String before = System.getProperty(LogConfigurator.LOG_DIR_PROPERTY);
        try {
            System.setProperty(LogConfigurator.LOG_DIR_PROPERTY, logs.toString());
            assertThat(LogConfigurator.logDirectory()).isEqualTo(logs);
            System.clearProperty(LogConfigurator.LOG_DIR_PROPERTY);
            assertThat(LogConfigurator.logDirectory())
                .isEqualTo(Path.of(System.getProperty("java.io.tmpdir"), "seatledger-logs"));
        } finally {
            if (before != null) {
                System.setProperty(LogConfigurator.LOG_DIR_PROPERTY, before);
            }
        }
    }
}

package dev.seatledger;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Operator;
import dev.seatledger.infra.backup.BackupService;
import dev.seatledger.infra.crypto.AesGcmCipher;
import dev.seatledger.infra.db.Database;
import dev.seatledger.infra.db.DatabaseOpenException;
import dev.seatledger.infra.db.DatabaseSelection;
import dev.seatledger.infra.os.RendererChoice;
import dev.seatledger.infra.settings.DataFolder;
import dev.seatledger.infra.settings.Settings;
import dev.seatledger.services.AppServices;
import dev.seatledger.ui.common.AfterLoad;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.FxTaskExecutor;
import dev.seatledger.ui.settings.LanguageChoice;
import dev.seatledger.ui.shell.BackupMenu;
import dev.seatledger.ui.shell.ChangeWatch;
import dev.seatledger.ui.shell.MainWindow;
import dev.seatledger.ui.shell.Renderer;
import dev.seatledger.ui.shell.WindowState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Composition root: builds infra, then services, then views; the window shows before the database opens. */
public class App extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private Settings settings;
    private Path dataFolder;
    private ChangeWatch changeWatch;
    private FxTaskExecutor executor;
    private volatile Database database;
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        dataFolder = DataFolder.fromEnvironment(getParameters().getRaw());
        settings = new Settings(dataFolder);
        LanguageChoice.applySaved(settings);
        executor = new FxTaskExecutor();
        openSession();
    }

    /**
     * Shows the shell, opens the database off the FX thread and installs the views: at start, and again after
     * File ▸ Restore replaced the database.
     */
    private void openSession() {
        MainWindow shell = MainWindow.show(stage, settings, dataFolder.toString(), this::recordRenderer);
        LOG.info("Window shown");
        DatabaseSelection.Given given = DatabaseSelection.Given.fromArgs(getParameters().getRaw());
        executor.execute(() -> {
            DataFolder.secure(dataFolder);
            AesGcmCipher cipher = AesGcmCipher.forDataFolder(dataFolder);
            Database db = Database.open(DatabaseSelection.resolve(given, settings, cipher, dataFolder));
            database = db;
            AppServices s = AppServices.create(db.transactions(), Clock.systemDefaultZone(),
                (Operator) settings::operatorName, cipher, settings, dataFolder);
            // licenses whose renewed term has begun since the last start take its seats and price (ADR 0045)
            new dev.seatledger.core.license.TermService(s.tx(), s.clock(), s.operator()).rollOver();
            return s;
        }, services -> {
            var firstLoad = Features.install(shell, services, executor, settings, dataFolder.toString(),
                database.config().describe());
            WindowMenus.install(shell, settings, dataFolder, getHostServices(), executor);
            if (database.config().isH2()) {
                new BackupMenu(executor, backups.folder(), this::backUpNow, this::closeAndRestore, this::reopen)
                    .install(shell);
            }
            shell.showReady();
            changeWatch = new ChangeWatch(database.changes(), executor, shell::reloadSelected);
            changeWatch.start(stage);
            AfterLoad.run(firstLoad, this::dailyBackup);
        }, failure -> {
            String message = failure instanceof DatabaseOpenException ? failure.getMessage() : ErrorText.of(failure);
            LOG.error("Database could not be opened", failure);
            shell.showError(message, Messages.get("db.error.hint", dataFolder));
        });
    }

    private Path backUpNow() {
        return backups.backupTo(database.dataSource(), backups.folder().resolve("manual-"
            + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip"));
    }

    /** Closes the database (off the FX thread) and puts the backup in its place, the current file kept aside. */
    private Path closeAndRestore(Path zip) {
        Database db = database;
        database = null;
        db.close();
        return backups.restore(zip, db.config().file());
    }

    private void reopen() {
        if (changeWatch != null) {
            changeWatch.stop();
        }
        openSession();
    }

    private BackupService backups;

    /** Remembers whether the window is drawn in software, for the next start (ADR 0035). */
    private void recordRenderer() {
        if (RendererChoice.afterShown(settings, LocalDate.now(), Renderer.hardware())) {
            executor.execute(() -> {
                settings.save();
                return null;
            }, saved -> { }, failure -> LOG.warn("Renderer choice not saved", failure));
        }
    }

    /**
     * The day's first automatic backup, taken once the Licenses list has loaded rather than before or beside
     * the first reads: on a large database it takes seconds, and the window is usable meanwhile (H2 backs up
     * online).
     */
    private void dailyBackup() {
        Database db = database;
        if (db == null || !db.config().isH2()) {
            return;
        }
        executor.execute(() -> backups.dailyIfDue(db.dataSource()), taken -> {
            if (taken) {
                LOG.info("Daily backup taken");
            }
        }, failure -> LOG.warn("Daily backup failed", failure));
    }

    @Override
    public void init() {
        backups = new BackupService(DataFolder.fromEnvironment(getParameters().getRaw()), Clock.systemDefaultZone());
    }

    @Override
    public void stop() {
        if (stage != null && settings != null) {
            WindowState.save(stage, settings);
        }
        if (executor != null) {
            executor.close();
        }
        if (database != null) {
            if (database.config().isH2()) {
                try {
                    backups.automatic(database.dataSource());
                } catch (RuntimeException e) {
                    LOG.warn("Backup on exit failed", e);
                }
            }
            database.close();
        }
    }
}

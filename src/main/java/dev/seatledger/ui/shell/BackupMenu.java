package dev.seatledger.ui.shell;

import dev.seatledger.core.common.Messages;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.TaskExecutor;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File ▸ Back up now and File ▸ Restore from a backup…: the same work as the command line's {@code backup} and
 * {@code restore}, with the window's overlay while it runs. Restoring asks first, closes the database, keeps the
 * current file aside (in the backups folder), and opens the window's database session again.
 */
public final class BackupMenu {
    private final TaskExecutor executor;
    private final Path backupsFolder;
    private final Callable<Path> backUp;
    private final Function<Path, Path> closeAndRestore;
    private final Runnable reopen;
    private final Function<Window, Path> chooseBackup;

    /**
     * @param backUp          writes a backup of the open database, returns its file
     * @param closeAndRestore closes the database and replaces it with the backup given; returns the kept-aside copy
     * @param reopen          opens the database session and the window's views again
     */
    public BackupMenu(TaskExecutor executor, Path backupsFolder, Callable<Path> backUp,
                      Function<Path, Path> closeAndRestore, Runnable reopen) {
        this(executor, backupsFolder, backUp, closeAndRestore, reopen, null);
    }

    /** @param chooseBackup the backup file to restore, asked over the window; null for the open dialog */
    public BackupMenu(TaskExecutor executor, Path backupsFolder, Callable<Path> backUp,
                      Function<Path, Path> closeAndRestore, Runnable reopen, Function<Window, Path> chooseBackup) {
        this.chooseBackup = chooseBackup != null ? chooseBackup : this::openDialog;
        this.executor = executor;
        this.backupsFolder = backupsFolder;
        this.backUp = backUp;
        this.closeAndRestore = closeAndRestore;
        this.reopen = reopen;
    }

    public void install(MainWindow shell) {
        shell.setMenuAction(MenuCommand.BACKUP, () -> backUp(shell));
        shell.setMenuAction(MenuCommand.RESTORE, () -> restore(shell));
    }

    void backUp(MainWindow shell) {
        shell.showBusy(Messages.get("backup.running"));
        executor.execute(backUp, file -> {
            shell.showReady();
            tell(shell, Alert.AlertType.INFORMATION, Messages.get("backup.done", file));
        }, failure -> {
            shell.showReady();
            tell(shell, Alert.AlertType.ERROR, Messages.get("backup.failed", ErrorText.of(failure)));
        });
    }

    private Path openDialog(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("restore.choose"));
        if (Files.isDirectory(backupsFolder)) {
            chooser.setInitialDirectory(backupsFolder.toFile());
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("restore.filter"), "*.zip"));
        File zip = chooser.showOpenDialog(owner);
        return zip == null ? null : zip.toPath();
    }

    void restore(MainWindow shell) {
        Path zip = chooseBackup.apply(shell.window());
        if (zip == null || !confirm(shell, zip)) {
            return;
        }
        shell.showBusy(Messages.get("restore.running"));
        executor.execute(() -> closeAndRestore.apply(zip), kept -> {
            reopen.run();
            tell(shell, Alert.AlertType.INFORMATION, kept == null ? Messages.get("restore.done", zip)
                : Messages.get("restore.doneKept", zip, kept));
        }, failure -> {
            reopen.run();
            tell(shell, Alert.AlertType.ERROR, Messages.get("restore.failed", ErrorText.of(failure)));
        });
    }

    private static boolean confirm(MainWindow shell, Path zip) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("restore.confirm", zip.getFileName()),
            ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(shell.window());
        a.setTitle(Messages.get("restore.confirm.title"));
        a.setHeaderText(null);
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(ButtonType.OK))
            .setText(Messages.get("restore.confirm.ok"));
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(ButtonType.OK)).setDefaultButton(false);
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private static void tell(MainWindow shell, Alert.AlertType type, String text) {
        Alert a = new Alert(type, text, ButtonType.OK);
        if (shell.window() != null) {
            a.initOwner(shell.window());
        }
        a.setHeaderText(null);
        a.show();
    }
}

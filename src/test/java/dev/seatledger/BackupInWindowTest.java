package dev.seatledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.infra.backup.BackupService;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.testing.TestScenes;
import dev.seatledger.ui.common.FxTaskExecutor;
import dev.seatledger.ui.shell.BackupMenu;
import dev.seatledger.ui.shell.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File ▸ Back up now and File ▸ Restore from a backup… in the window, over a real H2 file and the backup service the
 * command line uses: the overlay while it runs, the backup written, the restored data back, the database it replaced
 * kept aside.
 */
@ExtendWith(ApplicationExtension.class)
class BackupInWindowTest {
    private final AtomicReference<TestDatabase> db = new AtomicReference<>();
    private final CountDownLatch letBackupRun = new CountDownLatch(1);
    private final AtomicReference<Path> chosen = new AtomicReference<>();
    private final AtomicInteger reopened = new AtomicInteger();
    private BackupService backups;
    private FxTaskExecutor executor;
    private MainWindow shell;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        db.set(TestDatabase.h2());
        backups = new BackupService(db.get().folder(), Clock.systemUTC());
        executor = new FxTaskExecutor();
        shell = new MainWindow();
        TestScenes.show(stage, shell.root(), 1000, 700);
        shell.showReady();
        new BackupMenu(executor, backups.folder(), () -> {
            letBackupRun.await(10, TimeUnit.SECONDS);
            return backups.backupTo(db.get().database().dataSource(), backups.folder().resolve("manual-test.zip"));
        }, zip -> {
            db.get().database().close();
            return backups.restore(zip, db.get().database().config().file());
        }, () -> {
            db.set(db.get().openAgain());
            reopened.incrementAndGet();
            shell.showReady();
        }, owner -> chosen.get()).install(shell);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> robot.listWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
        executor.close();
        db.get().close();
    }

    private void fire(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().get(0).getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
            .orElseThrow();
        assertThat(item.isDisable()).as(id).isFalse();
        // later, not inside interact: Restore waits in its confirmation for the answer this test gives
        javafx.application.Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<DialogPane> dialogs(FxRobot robot) {
        return InstalledWindow.dialogs(robot, stage);
    }

    private DialogPane oneDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs(robot).size() == 1);
        return dialogs(robot).get(0);
    }

    private boolean overlayShows(String text) {
        return shell.root().lookupAll(".overlay").stream().filter(Node::isVisible)
            .flatMap(o -> o.lookupAll(".label").stream()).anyMatch(l -> text.equals(((Label) l).getText()));
    }

    private Path backUpNow(FxRobot robot) throws Exception {
        fire(robot, "menu-BACKUP");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(overlayShows("Backing up the database…")).as("the overlay while the backup runs").isTrue();
        assertThat(shell.tabs().isDisabled()).isTrue();
        letBackupRun.countDown();
        DialogPane done = oneDialog(robot);
        Path zip = backups.folder().resolve("manual-test.zip");
        assertThat(done.getContentText()).isEqualTo("Backup written to " + zip);
        assertThat(overlayShows("Backing up the database…")).isFalse();
        robot.interact(() -> done.getScene().getWindow().hide());
        return zip;
    }

    @Test
    void backUpNowShowsTheOverlayAndWritesTheBackup(FxRobot robot) throws Exception {
        Path zip = backUpNow(robot);
        assertThat(zip).isRegularFile();
        assertThat(Files.size(zip)).isPositive();
        assertThat(shell.tabs().isDisabled()).isFalse();
    }

    @Test
    void restoreAsksFirstThenBringsTheBackupBackAndKeepsTheReplacedDatabaseAside(FxRobot robot) throws Exception {
        db.get().services().products().create(ProductDraft.of("Before Backup", "Acme", null));
        Path zip = backUpNow(robot);
        db.get().services().products().create(ProductDraft.of("After Backup", "Acme", null));

        chosen.set(zip);
        fire(robot, "menu-RESTORE");
        DialogPane confirm = oneDialog(robot);
        assertThat(confirm.getContentText()).contains(zip.getFileName().toString());
        assertThat(((Button) confirm.lookupButton(ButtonType.CANCEL)).isDefaultButton()).as("Cancel is the default")
            .isTrue();
        robot.interact(() -> ((Button) confirm.lookupButton(ButtonType.OK)).fire());

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> reopened.get() == 1);
        DialogPane done = oneDialog(robot);
        assertThat(done.getContentText()).startsWith("Restored " + zip).contains("kept as");
        try (var files = Files.list(backups.folder())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                .anyMatch(n -> n.startsWith("before-restore-") && n.endsWith(".mv.db"));
        }
        assertThat(db.get().services().catalog().options()).extracting(p -> p.name())
            .contains("Before Backup").doesNotContain("After Backup");
    }
}

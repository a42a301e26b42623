package dev.seatledger.ui.help;

import dev.seatledger.core.common.Messages;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.TaskExecutor;
import dev.seatledger.ui.shell.MainWindow;
import dev.seatledger.ui.shell.MenuCommand;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Alert;

/** Help ▸ User guide: writes the guide as an HTML page into the data folder and opens it in the browser. */
public class UserGuideFeature {
    private final UserGuide guide;
    private final Path folder;
    private final TaskExecutor executor;
    private final Consumer<String> open;

    /** {@code open} shows a page given by its URI (the desktop's browser in the app). */
    public UserGuideFeature(UserGuide guide, Path folder, TaskExecutor executor, Consumer<String> open) {
        this.guide = guide;
        this.folder = folder;
        this.executor = executor;
        this.open = open;
    }

    public void install(MainWindow shell) {
        shell.setMenuAction(MenuCommand.USER_GUIDE, () -> executor.execute(() -> guide.writeTo(folder),
            page -> open.accept(page.toUri().toString()), failure -> {
                Alert alert = new Alert(Alert.AlertType.ERROR, Messages.get("guide.failed", ErrorText.of(failure)));
                alert.initOwner(shell.window());
                alert.setHeaderText(null);
                alert.show();
            }));
    }
}

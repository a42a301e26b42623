package dev.seatledger.ui.notification;

import dev.seatledger.core.notification.NotificationRow;
import dev.seatledger.core.notification.NotificationService;
import dev.seatledger.ui.common.AfterLoad;
import dev.seatledger.ui.common.TaskExecutor;
import dev.seatledger.ui.shell.MainWindow;
import dev.seatledger.ui.shell.Navigator;
import dev.seatledger.ui.shell.ShellTab;
import java.time.Clock;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.util.Duration;

/**
 * The notification bell in the window's header, where a notification leads when clicked, the start-up scan (audits
 * due, renewals, dormant seats) with its toast, and the scan repeated every {@link NotificationService#SCAN_INTERVAL}.
 */
public class NotificationFeature {
    private final NotificationCenterViewModel center;

    public NotificationFeature(NotificationService notifications, TaskExecutor executor, Clock clock) {
        this.center = new NotificationCenterViewModel(notifications, executor, clock);
    }

    /**
     * Adds the bell; the start-up scan waits for {@code firstLoad} (the Licenses list's first load) to end, so the
     * first rows a user looks at do not share the processor with it.
     */
    public void install(MainWindow shell, Navigator navigator, ReadOnlyBooleanProperty firstLoad) {
        NotificationBell bell = new NotificationBell(center, row -> open(navigator, row), () -> {
            NotificationsDialog dialog = new NotificationsDialog(center, row -> open(navigator, row));
            dialog.initOwner(shell.window());
            dialog.show();
        });
        shell.addHeaderAction(bell.root());
        AfterLoad.run(firstLoad, () -> center.startUp(fresh -> Toast.show(shell.window(), fresh)));
        Timeline periodic = new Timeline(new KeyFrame(Duration.millis(NotificationService.SCAN_INTERVAL.toMillis()),
            e -> center.scan()));
        periodic.setCycleCount(Animation.INDEFINITE);
        periodic.play();
    }

    /** Opens the record a notification is about: its license or person, else the first tab. */
    static void open(Navigator navigator, NotificationRow row) {
        if (row.recordId() == null || row.recordType() == null) {
            return;
        }
        switch (row.recordType()) {
            case LICENSE -> navigator.openLicense(row.recordId());
            case PERSON -> navigator.openPerson(row.recordId());
            default -> navigator.show(ShellTab.CATALOG);
        }
    }
}

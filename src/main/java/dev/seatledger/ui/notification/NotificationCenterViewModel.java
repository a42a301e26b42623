package dev.seatledger.ui.notification;

import dev.seatledger.core.notification.NotificationRow;
import dev.seatledger.core.notification.NotificationService;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.TaskExecutor;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The bell: unread badge, the latest unread items, the full list, mark read, and start-up toasts. */
public class NotificationCenterViewModel {
    public static final int LATEST = 8;
    public static final int ALL = 500;

    private final NotificationService service;
    private final TaskExecutor executor;
    private final Clock clock;
    private final LongProperty unread = new SimpleLongProperty(0);
    private final StringProperty badge = new SimpleStringProperty("");
    private final ObservableList<NotificationRow> latest = FXCollections.observableArrayList();
    private final ObservableList<NotificationRow> all = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");

    public NotificationCenterViewModel(NotificationService service, TaskExecutor executor, Clock clock) {
        this.service = service;
        this.executor = executor;
        this.clock = clock;
        unread.addListener((o, a, n) -> badge.set(NotificationService.badgeText(n.longValue())));
    }

    public void refresh() {
        executor.execute(() -> new Snapshot(service.unreadCount(), service.latestUnread(LATEST)), s -> {
            unread.set(s.unread());
            latest.setAll(s.latest());
        }, this::fail);
    }

    public void loadAll(boolean includeRead) {
        executor.execute(() -> service.list(!includeRead, ALL), all::setAll, this::fail);
    }

    /** Start-up: register this operator, create due notifications, and hand new ones to the toast. */
    public void startUp(Consumer<List<NotificationRow>> toast) {
        executor.execute(() -> {
            service.registerOperator();
            service.scan();
            return service.takeToasts();
        }, fresh -> {
            refresh();
            if (!fresh.isEmpty()) {
                toast.accept(fresh);
            }
        }, this::fail);
    }

    /** The periodic check while the app is open. */
    public void scan() {
        executor.execute(service::scan, n -> refresh(), this::fail);
    }

    public void markRead(NotificationRow row) {
        executor.run(() -> service.markRead(row.id()), this::refresh, this::fail);
    }

    public void markAllRead() {
        executor.execute(service::markAllRead, n -> {
            refresh();
            all.replaceAll(r -> new NotificationRow(r.id(), r.kind(), r.subject(), r.body(), r.recordType(), r.recordId(),
                r.createdAt(), true));
        }, this::fail);
    }

    public String relativeTime(NotificationRow row) {
        return NotificationService.relativeTime(row.createdAt(), clock.instant());
    }

    private void fail(Throwable t) {
        error.set(ErrorText.of(t));
    }

    public LongProperty unreadProperty() { return unread; }
    public StringProperty badgeProperty() { return badge; }
    public ObservableList<NotificationRow> latest() { return latest; }
    public ObservableList<NotificationRow> all() { return all; }
    public StringProperty errorProperty() { return error; }

    private record Snapshot(long unread, List<NotificationRow> latest) {
    }
}

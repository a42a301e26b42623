package dev.seatledger.ui.license;

import dev.seatledger.core.catalog.CatalogQuery;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.license.LicenseDetail;
import dev.seatledger.core.license.LicenseService;
import dev.seatledger.core.license.RenewalCountdown;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.TaskExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One license's page: its fields, the masked key with explicit reveal/copy, archive and restore. */
public class LicensePageViewModel {
    private final LicenseService service;
    private final CatalogQuery catalog;
    private final TaskExecutor executor;
    private final Clock clock;
    private final long licenseId;

    private final ObjectProperty<LicenseDetail> detail = new SimpleObjectProperty<>();
    private final StringProperty keyText = new SimpleStringProperty("");
    private final BooleanProperty keyRevealed = new SimpleBooleanProperty(false);
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public LicensePageViewModel(LicenseService service, CatalogQuery catalog, TaskExecutor executor, Clock clock,
                                long licenseId) {
        this.service = service;
        this.catalog = catalog;
        this.executor = executor;
        this.clock = clock;
        this.licenseId = licenseId;
    }

    public long licenseId() {
        return licenseId;
    }

    public void load() {
        executor.execute(() -> service.detail(licenseId), d -> {
            detail.set(d);
            keyRevealed.set(false);
            keyText.set(d.hasKey() ? d.maskedKey() : Messages.get("license.key.none"));
        }, this::fail);
    }

    /** Shows the clear key until hidden again or the page is left. */
    public void toggleReveal() {
        if (keyRevealed.get()) {
            keyRevealed.set(false);
            keyText.set(detail.get().maskedKey());
            return;
        }
        executor.execute(() -> service.revealKey(licenseId), key -> {
            keyRevealed.set(true);
            keyText.set(key);
        }, this::fail);
    }

    /** Fetches the clear key for the clipboard; the view clears the clipboard after 30 s. */
    public void copyKey(Consumer<String> toClipboard) {
        executor.execute(() -> service.revealKey(licenseId), key -> {
            toClipboard.accept(key);
            notice.set(Messages.get("license.key.copied"));
        }, this::fail);
    }

    public void archive(Runnable after) {
        executor.run(() -> service.archive(licenseId), after, this::fail);
    }

    public void restore() {
        executor.run(() -> service.restore(licenseId), () -> {
            notice.set(Messages.get("license.restored"));
            load();
        }, this::fail);
    }

    public LicenseFormViewModel editForm() {
        return new LicenseFormViewModel(service, catalog, executor, licenseId);
    }

    public RenewalCountdown countdown() {
        LicenseDetail d = detail.get();
        return d == null ? RenewalCountdown.NONE
            : RenewalCountdown.of(d.expiryDate(), d.renewalNoticeDays(), LocalDate.now(clock));
    }

    public void announce(String message) {
        notice.set(message);
    }

    private void fail(Throwable t) {
        error.set(ErrorText.of(t));
    }

    public ObjectProperty<LicenseDetail> detailProperty() { return detail; }
    public StringProperty keyTextProperty() { return keyText; }
    public BooleanProperty keyRevealedProperty() { return keyRevealed; }
    public StringProperty noticeProperty() { return notice; }
    public StringProperty errorProperty() { return error; }
}

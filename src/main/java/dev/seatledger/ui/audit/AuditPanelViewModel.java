package dev.seatledger.ui.audit;

import dev.seatledger.core.audit.AuditRow;
import dev.seatledger.core.audit.AuditService;
import dev.seatledger.core.audit.AuditState;
import dev.seatledger.core.audit.VendorAudit;
import dev.seatledger.core.common.Messages;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.Labels;
import dev.seatledger.ui.common.TaskExecutor;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Usage audits of one license: state, banner text, history, start/complete (by hand or by the vendor's list)/cancel. */
public class AuditPanelViewModel {
    private final AuditService audits;
    private final VendorAudit vendor;
    private final TaskExecutor executor;
    private final long licenseId;

    private final BooleanProperty inProgress = new SimpleBooleanProperty(false);
    private final StringProperty banner = new SimpleStringProperty("");
    private final StringProperty nextAudit = new SimpleStringProperty("");
    private final IntegerProperty beforeCount = new SimpleIntegerProperty(0);
    private final ObservableList<AuditRow> history = FXCollections.observableArrayList();
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private Runnable onChange = () -> { };

    public AuditPanelViewModel(AuditService audits, VendorAudit vendor, TaskExecutor executor, long licenseId) {
        this.audits = audits;
        this.vendor = vendor;
        this.executor = executor;
        this.licenseId = licenseId;
    }

    public void setOnChange(Runnable r) {
        onChange = r;
    }

    public void load() {
        executor.execute(() -> new Snapshot(audits.state(licenseId), audits.history(licenseId)), s -> {
            AuditState st = s.state();
            inProgress.set(st.inProgress());
            if (st.inProgress()) {
                beforeCount.set(st.open().before());
                banner.set(Messages.get("audit.banner",
                    Labels.date(LocalDate.ofInstant(st.open().startedAt(), ZoneId.systemDefault())),
                    st.open().startedBy(), st.open().before()));
            } else {
                beforeCount.set(st.seatsUsed());
                banner.set("");
            }
            nextAudit.set(st.nextAuditDate() == null ? "" : Messages.get("audit.nextDate", Labels.date(st.nextAuditDate())));
            history.setAll(s.history());
        }, t -> error.set(ErrorText.of(t)));
    }

    public void start() {
        executor.execute(() -> audits.start(licenseId), id -> {
            notice.set(Messages.get("audit.started"));
            load();
            onChange.run();
        }, t -> {
            error.set(ErrorText.of(t));
            load();
        });
    }

    /** The Complete audit dialog's form, its count first filled with the seats in use when the audit started. */
    public CompleteAuditViewModel completeForm() {
        return new CompleteAuditViewModel(audits, executor, licenseId, beforeCount.get(), this::completed);
    }

    /** The Compare with vendor export dialog's form, which completes the audit with the vendor's count. */
    public VendorCompareViewModel vendorForm() {
        return new VendorCompareViewModel(vendor, executor, licenseId, this::completed);
    }

    private void completed(AuditRow row) {
        notice.set(Messages.get("audit.completed", row.before(), row.after()));
        load();
        onChange.run();
    }

    public void cancel(String reason) {
        executor.run(() -> audits.cancel(licenseId, reason), () -> {
            notice.set(Messages.get("audit.cancelled"));
            load();
            onChange.run();
        }, t -> error.set(ErrorText.of(t)));
    }

    public BooleanProperty inProgressProperty() { return inProgress; }
    public StringProperty bannerProperty() { return banner; }
    public StringProperty nextAuditProperty() { return nextAudit; }
    public IntegerProperty beforeCountProperty() { return beforeCount; }
    public ObservableList<AuditRow> history() { return history; }
    public StringProperty noticeProperty() { return notice; }
    public StringProperty errorProperty() { return error; }

    private record Snapshot(AuditState state, List<AuditRow> history) {
    }
}

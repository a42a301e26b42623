package dev.seatledger.ui.audit;

import dev.seatledger.core.audit.AuditRow;
import dev.seatledger.core.audit.VendorAudit;
import dev.seatledger.core.audit.VendorComparison;
import dev.seatledger.core.common.BusinessRuleException;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.usage.UsageFormat;
import dev.seatledger.core.usage.UsageProblem;
import dev.seatledger.core.usage.UsageRollup;
import dev.seatledger.core.usage.files.UsageFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import dev.seatledger.ui.common.FormViewModel;
import dev.seatledger.ui.common.TaskExecutor;

/**
 * "Compare with vendor export…" on a license with an audit in progress: the vendor's user export (any usage format
 * that lists accounts, or a plain list of e-mail addresses) read away from the screen's thread and set beside the
 * license's holders; three lists, the proposed count, the actions chosen (revoke seats of holders without an account,
 * assign the unrecorded people SeatLedger knows), then the audit completed with the proposed count.
 */
public class VendorCompareViewModel extends FormViewModel {
    /** Problems of a file named in the refusal; the rest are counted. */
    static final int PROBLEMS_SHOWN = 10;

    private final VendorAudit vendor;
    private final long licenseId;
    private final Consumer<AuditRow> onCompleted;
    private final ObjectProperty<UsageFormat> forcedFormat = new SimpleObjectProperty<>();
    private final ObjectProperty<VendorComparison> comparison = new SimpleObjectProperty<>();
    private final ObservableList<VendorComparison.Holder> withAccount = FXCollections.observableArrayList();
    private final ObservableList<Choice<VendorComparison.Holder>> withoutAccount = FXCollections.observableArrayList();
    private final ObservableList<Choice<VendorComparison.Account>> unrecorded = FXCollections.observableArrayList();
    private final StringProperty proposal = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObjectProperty<Integer> nextInMonths = new SimpleObjectProperty<>();
    private final BooleanProperty reading = new SimpleBooleanProperty(false);
    private Path file;

    /** An entry of a list with an action the user may choose; {@code possible} false when it cannot be taken. */
    public record Choice<T>(T item, BooleanProperty chosen, boolean possible) {
        static <T> Choice<T> of(T item, boolean possible) {
            return new Choice<>(item, new SimpleBooleanProperty(false), possible);
        }
    }

    VendorCompareViewModel(VendorAudit vendor, TaskExecutor executor, long licenseId, Consumer<AuditRow> onCompleted) {
        super(executor);
        this.vendor = vendor;
        this.licenseId = licenseId;
        this.onCompleted = onCompleted;
        forcedFormat.addListener((o, a, b) -> read());
    }

    /** Reads the vendor's file and compares it with the license's holders. */
    public void load(Path chosen) {
        file = chosen;
        read();
    }

    private void read() {
        if (file == null) {
            return;
        }
        Path f = file;
        UsageFormat forced = forcedFormat.get();
        clearErrors();
        comparison.set(null);
        reading.set(true);
        read(() -> vendor.compare(licenseId, accounts(f, forced)), c -> {
            reading.set(false);
            show(c);
        });
    }

    /** The accounts a file lists; a file that lists none, or has problems, is refused in words naming the lines. */
    static UsageRollup accounts(Path f, UsageFormat forced) throws IOException {
        UsageFiles.Options options = new UsageFiles.Options(forced, null, null);
        UsageFiles.Detected detected = UsageFiles.detect(f, options);
        if (detected.format() == null) {
            throw new BusinessRuleException(detected.problem());
        }
        if (!detected.format().listsAccounts()) {
            throw new BusinessRuleException(Messages.get("audit.vendor.notAList", detected.format().displayName()));
        }
        UsageRollup rollup = new UsageRollup(detected.format());
        UsageFiles.read(f, detected.format(), options, rollup);
        if (!rollup.valid()) {
            List<String> lines = new ArrayList<>(rollup.problems().stream().limit(PROBLEMS_SHOWN)
                .map(UsageProblem::toString).toList());
            if (rollup.problemCount() > PROBLEMS_SHOWN) {
                lines.add(Messages.get("usage.cli.moreProblems", rollup.problemCount() - PROBLEMS_SHOWN));
            }
            throw new BusinessRuleException(Messages.get("audit.vendor.window.problems",
                detected.format().displayName(), String.join("\n", lines)));
        }
        return rollup;
    }

    private void show(VendorComparison c) {
        withAccount.setAll(c.withAccount());
        withoutAccount.setAll(c.withoutAccount().stream().map(h -> Choice.of(h, true)).toList());
        unrecorded.setAll(c.unrecorded().stream().map(a -> Choice.of(a, a.personId() != null)).toList());
        proposal.set(Messages.get("audit.vendor.proposed", c.proposedCount(), c.guests(), c.serviceAccounts()));
        comparison.set(c);
    }

    @Override
    protected void showFailure(Throwable t) {
        reading.set(false);
        super.showFailure(t);
    }

    /** Chooses every entry of a list that can be chosen, or none. */
    public static <T> void chooseAll(List<Choice<T>> choices, boolean chosen) {
        choices.stream().filter(Choice::possible).forEach(c -> c.chosen().set(chosen));
    }

    /** Completes the audit with the proposed count, taking the chosen actions; the dialog stays open on a refusal. */
    public void complete(Runnable onDone) {
        VendorComparison c = comparison.get();
        if (c == null) {
            return;
        }
        List<Long> revoke = withoutAccount.stream().filter(ch -> ch.chosen().get())
            .map(ch -> ch.item().assignmentId()).collect(Collectors.toList());
        List<Long> assign = unrecorded.stream().filter(ch -> ch.possible() && ch.chosen().get())
            .map(ch -> ch.item().personId()).collect(Collectors.toList());
        String typedNotes = notes.get();
        Integer months = nextInMonths.get();
        submit(() -> vendor.complete(c, revoke, assign, typedNotes, months), row -> {
            onDone.run();
            onCompleted.accept(row);
        });
    }

    /** The formats a user may force; null is "recognise". Sign-in logs list no accounts and are left out. */
    public static List<UsageFormat> formatChoices() {
        List<UsageFormat> out = new ArrayList<>();
        out.add(null);
        for (UsageFormat f : UsageFormat.values()) {
            if (f.listsAccounts()) {
                out.add(f);
            }
        }
        return out;
    }

    public Path file() { return file; }
    public ObjectProperty<UsageFormat> forcedFormatProperty() { return forcedFormat; }
    public ObjectProperty<VendorComparison> comparisonProperty() { return comparison; }
    public ObservableList<VendorComparison.Holder> withAccount() { return withAccount; }
    public ObservableList<Choice<VendorComparison.Holder>> withoutAccount() { return withoutAccount; }
    public ObservableList<Choice<VendorComparison.Account>> unrecorded() { return unrecorded; }
    public StringProperty proposalProperty() { return proposal; }
    public StringProperty notesProperty() { return notes; }
    public ObjectProperty<Integer> nextInMonthsProperty() { return nextInMonths; }
    public BooleanProperty readingProperty() { return reading; }
}

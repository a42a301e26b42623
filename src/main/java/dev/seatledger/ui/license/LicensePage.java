package dev.seatledger.ui.license;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.LicenseDetail;
import dev.seatledger.core.license.RenewalCountdown;
import dev.seatledger.core.license.SaveResult;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.ui.common.BrandIcon;
import dev.seatledger.ui.common.Confirm;
import dev.seatledger.ui.common.Delay;
import dev.seatledger.ui.common.FieldSection;
import dev.seatledger.ui.common.Fxml;
import dev.seatledger.ui.common.GradePill;
import dev.seatledger.ui.common.Labels;
import dev.seatledger.ui.common.Notices;
import dev.seatledger.ui.common.Delay;
import dev.seatledger.ui.common.SecretClipboard;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;

/**
 * The license page: grouped fields, masked key with reveal/copy, and below them the tabs other features provide
 * ({@link LicensePageTab}).
 */
public class LicensePage {
    private final LicensePageViewModel vm;
    private final SecretClipboard clipboard;
    private final Runnable back;
    private final Runnable archived;
    private final List<LicensePageTab> tabs;
    private final Consumer<Parent> showSubPage;
    private final Runnable backToPage;
    private Parent root;
    private PageContext context;
    private Runnable gradeAction;
    private TermDialogs termDialogs;

    @FXML private Hyperlink backLink;
    @FXML private StackPane iconSlot;
    @FXML private Label titleLabel;
    @FXML private StackPane gradeSlot;
    @FXML private StackPane statusSlot;
    @FXML private Label subtitleLabel;
    @FXML private Label countdownLabel;
    @FXML private Button renewButton;
    @FXML private Button addSeatsButton;
    @FXML private Button editButton;
    @FXML private Button archiveButton;
    @FXML private Button restoreButton;
    @FXML private Label archivedBanner;
    @FXML private Label noticeLabel;
    @FXML private Label auditBanner;
    @FXML private Label keyLabel;
    @FXML private Button revealButton;
    @FXML private Button copyButton;
    @FXML private GridPane sections;
    @FXML private javafx.scene.layout.HBox summaryBand;
    @FXML private TabPane relatedTabs;

    /** A page without related tabs. */
    public LicensePage(LicensePageViewModel vm, Runnable back, Runnable archived) {
        this(vm, back, archived, List.of());
    }

    /** A page without related tabs, with the clipboard the key is copied to (and cleared from after 30 s). */
    public LicensePage(LicensePageViewModel vm, Runnable back, Runnable archived, SecretClipboard clipboard) {
        this(vm, back, archived, List.of(), content -> { }, () -> { }, clipboard);
    }

    /** A page with these tabs, in their order; it shows no sub-pages. */
    public LicensePage(LicensePageViewModel vm, Runnable back, Runnable archived, List<LicensePageTab> tabs) {
        this(vm, back, archived, tabs, content -> { }, () -> { });
    }

    LicensePage(LicensePageViewModel vm, Runnable back, Runnable archived, List<LicensePageTab> tabs,
                Consumer<Parent> showSubPage, Runnable backToPage) {
        this(vm, back, archived, tabs, showSubPage, backToPage, new SecretClipboard(Delay.fx()));
    }

    private LicensePage(LicensePageViewModel vm, Runnable back, Runnable archived, List<LicensePageTab> tabs,
                        Consumer<Parent> showSubPage, Runnable backToPage, SecretClipboard clipboard) {
        this.vm = vm;
        this.clipboard = clipboard;
        this.back = back;
        this.archived = archived;
        this.tabs = tabs.stream().sorted(Comparator.comparingInt(LicensePageTab::order)).toList();
        this.showSubPage = showSubPage;
        this.backToPage = backToPage;
    }

    public Parent root() {
        if (root == null) {
            root = Fxml.load(this);
        }
        return root;
    }

    public LicensePageViewModel viewModel() {
        return vm;
    }

    @FXML
    private void initialize() {
        keyLabel.textProperty().bind(vm.keyTextProperty());
        revealButton.textProperty().bind(javafx.beans.binding.Bindings.when(vm.keyRevealedProperty())
            .then(Messages.get("license.key.hide")).otherwise(Messages.get("license.key.reveal")));
        Notices.bind(noticeLabel, vm.noticeProperty(), vm.errorProperty());
        vm.detailProperty().addListener((o, a, d) -> {
            if (d != null) {
                show(d);
            }
        });
        context = new PageContext(this, auditBanner, showSubPage, backToPage);
        for (LicensePageTab tab : tabs) {
            relatedTabs.getTabs().add(new Tab(tab.title(), tab.create(context)));
        }
        vm.load();
    }

    /** The page as its tabs see it (once {@link #root()} is built). */
    public LicensePageContext context() {
        return context;
    }

    /** Enables "Security grade…" in the title's grade area; the action opens the grade dialog. */
    public void setGradeAction(Runnable action) {
        this.gradeAction = action;
        LicenseDetail d = vm.detailProperty().get();
        if (d != null) {
            showGrade(d);
        }
    }

    private void showGrade(LicenseDetail d) {
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(6);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (d.gradeLetter() != null) {
            box.getChildren().add(GradePill.create(d.gradeLetter(), d.riskLevel(), d.gradeSummary()));
        }
        if (gradeAction != null) {
            Hyperlink grade = new Hyperlink(Messages.get("grade.open"));
            grade.setId("gradeLink");
            grade.setOnAction(e -> gradeAction.run());
            box.getChildren().add(grade);
        }
        gradeSlot.getChildren().setAll(box);
    }

    private void show(LicenseDetail d) {
        iconSlot.getChildren().setAll(BrandIcon.create(d.publisher(), 40));
        titleLabel.setText(d.displayName());
        titleLabel.setTooltip(new javafx.scene.control.Tooltip(d.displayName()));
        showGrade(d);
        statusSlot.getChildren().setAll(LicenseCells.status(d.status()));
        subtitleLabel.setText(d.publisher() + (d.edition() == null ? "" : " · " + d.edition())
            + (d.productVersion() == null ? "" : " · " + d.productVersion()));
        RenewalCountdown c = vm.countdown();
        countdownLabel.setText(c.text());
        countdownLabel.getStyleClass().removeAll("countdown-red", "countdown-amber");
        if (c.level() != RenewalCountdown.Level.NONE) {
            countdownLabel.getStyleClass().add(c.level() == RenewalCountdown.Level.RED ? "countdown-red" : "countdown-amber");
        }
        boolean isArchived = d.archived();
        archivedBanner.setText(isArchived ? Messages.get("license.page.archivedBanner",
            Labels.instant(d.archivedAt()), d.archivedBy()) : "");
        archivedBanner.setVisible(isArchived);
        archivedBanner.setManaged(isArchived);
        editButton.setDisable(isArchived);
        renewButton.setDisable(isArchived);
        addSeatsButton.setDisable(isArchived || d.seatType() == SeatType.UNLIMITED);
        archiveButton.setVisible(!isArchived);
        archiveButton.setManaged(!isArchived);
        restoreButton.setVisible(isArchived);
        restoreButton.setManaged(isArchived);
        revealButton.setDisable(!d.hasKey());
        copyButton.setDisable(!d.hasKey());

        String cur = d.currency();
        FieldSection commercial = new FieldSection(Messages.get("license.group.commercial"))
            .add(Messages.get("license.field.seatType"), Labels.of("license.seatType", d.seatType()))
            .add(Messages.get("license.col.seats"), d.seatType() == SeatType.UNLIMITED
                ? Messages.get("license.seats.unlimited", d.seatsUsed())
                : Messages.get("license.seats.usedOfTotal", d.seatsUsed(), d.seatsTotal()))
            .add(Messages.get("license.field.costPerSeat"), d.costPerSeat() != null ? Money.format(d.costPerSeat(), cur)
                : d.derivedPerSeat() != null ? Messages.get("license.derived.perSeat", Money.format(d.derivedPerSeat(), cur)) : null)
            .add(Messages.get("license.field.totalCost"), d.totalCost() != null ? Money.format(d.totalCost(), cur)
                : d.derivedTotal() != null ? Messages.get("license.derived.total", Money.format(d.derivedTotal(), cur)) : null)
            .add(Messages.get("license.field.cycle"), Labels.of("license.cycle", d.billingCycle()))
            .add(Messages.get("license.annualized"), d.billingCycle() == BillingCycle.ONE_TIME
                ? Messages.get("license.oneTimeCost", Money.format(d.totalCost() != null ? d.totalCost() : d.derivedTotal(), cur))
                : d.annualizedCost() == null ? null : Messages.get("license.perYear", Money.format(d.annualizedCost(), cur)))
            .add(Messages.get("license.field.currency"), cur);
        FieldSection dates = new FieldSection(Messages.get("license.group.dates"))
            .add(Messages.get("license.field.purchaseDate"), Labels.date(d.purchaseDate()))
            .add(Messages.get("license.field.startDate"), Labels.date(d.startDate()))
            .add(Messages.get("license.field.expiryDate"), Labels.date(d.expiryDate()))
            .add(Messages.get("license.field.renewalDate"), Labels.date(d.renewalDate()))
            .add(Messages.get("license.field.autoRenew"), Messages.get(d.autoRenew() ? "license.yes" : "license.no"))
            .add(Messages.get("license.field.notice"), Messages.get("license.days", d.renewalNoticeDays()));
        FieldSection procurement = new FieldSection(Messages.get("license.group.procurement"))
            .add(Messages.get("license.field.po"), d.purchaseOrder())
            .add(Messages.get("license.field.invoice"), d.invoiceNumber())
            .add(Messages.get("license.field.vendor"), d.vendor())
            .add(Messages.get("license.field.edition"), d.edition())
            .add(Messages.get("license.field.version"), d.productVersion());
        FieldSection ownership = new FieldSection(Messages.get("license.group.ownership"))
            .add(Messages.get("license.field.owner"), d.businessOwner())
            .add(Messages.get("license.field.notes"), d.notes())
            .add("", Messages.get("license.created", Labels.instant(d.createdAt()), d.createdBy()));
        if (d.updatedAt() != null) {
            ownership.add("", Messages.get("license.updated", Labels.instant(d.updatedAt()), d.updatedBy()));
        }
        summaryBand.getChildren().setAll(
            figure(Messages.get("license.col.seats"), d.seatType() == SeatType.UNLIMITED
                ? Messages.get("license.seats.unlimited", d.seatsUsed())
                : Messages.get("license.seats.usedOfTotal", d.seatsUsed(), d.seatsTotal())),
            figure(Messages.get("license.annualized"), d.annualizedCost() == null ? Messages.get("license.noValue")
                : Messages.get("license.perYear", Money.format(d.annualizedCost(), cur))),
            figure(Messages.get("license.field.renewalDate"), Labels.date(d.renewalDate() != null ? d.renewalDate()
                : d.expiryDate())),
            figure(Messages.get("license.field.owner"), d.businessOwner()));
        sections.getChildren().clear();
        sections.add(commercial, 0, 0);
        sections.add(dates, 1, 0);
        sections.add(procurement, 0, 1);
        sections.add(ownership, 1, 1);
    }

    /** One key figure of the summary band: the value, its caption under it. */
    private static javafx.scene.Node figure(String caption, String value) {
        Label v = new Label(value == null || value.isBlank() ? Messages.get("license.noValue") : value);
        v.getStyleClass().add("summary-value");
        Label c = new Label(caption);
        c.getStyleClass().addAll("text-muted", "text-small");
        c.setLabelFor(v);
        return new javafx.scene.layout.VBox(0, v, c);
    }

    /** Shows "Renew…" and "Add seats…"; what they save is announced and every tab reads the license again. */
    public void setTermDialogs(TermDialogs dialogs) {
        this.termDialogs = dialogs;
        for (Button b : List.of(renewButton, addSeatsButton)) {
            b.setVisible(true);
            b.setManaged(true);
        }
    }

    @FXML
    private void onRenew() {
        LicenseDetail d = vm.detailProperty().get();
        if (termDialogs != null && d != null) {
            termDialogs.renew(vm.licenseId(), d.displayName(), root.getScene().getWindow(), this::termChanged);
        }
    }

    @FXML
    private void onAddSeats() {
        LicenseDetail d = vm.detailProperty().get();
        if (termDialogs != null && d != null) {
            termDialogs.addSeats(vm.licenseId(), d.displayName(), root.getScene().getWindow(), this::termChanged);
        }
    }

    private void termChanged(String message) {
        vm.announce(message);
        vm.load();
        context.changed();
    }

    @FXML
    private void onBack() {
        back.run();
    }

    @FXML
    private void onReveal() {
        vm.toggleReveal();
    }

    @FXML
    private void onCopy() {
        vm.copyKey(clipboard::copy);
    }

    @FXML
    private void onEdit() {
        LicenseFormViewModel form = vm.editForm();
        LicenseDialog dialog = new LicenseDialog(form);
        dialog.initOwner(root.getScene().getWindow());
        form.load(null, () -> {
            Optional<SaveResult> r = dialog.showAndWait();
            r.ifPresent(res -> {
                vm.announce(res.warnings().isEmpty() ? Messages.get("license.saved")
                    : Messages.get("license.saved") + " — " + String.join(" ", res.warnings()));
                vm.load();
            });
        });
    }

    @FXML
    private void onArchive() {
        LicenseDetail d = vm.detailProperty().get();
        if (Confirm.ask(root, Messages.get("license.archive.confirm.title"),
                Messages.get("license.archive.confirm", d.displayName()))) {
            vm.archive(archived);
        }
    }

    @FXML
    private void onRestore() {
        vm.restore();
    }
}

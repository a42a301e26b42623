package dev.seatledger.ui.finance;

import dev.seatledger.ui.common.ListScreen;
import dev.seatledger.ui.common.Columns;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.finance.AgendaRow;
import dev.seatledger.core.finance.Decision;
import dev.seatledger.ui.common.Fxml;
import dev.seatledger.ui.common.Labels;
import dev.seatledger.ui.common.Notices;
import dev.seatledger.ui.shell.ViewExport;
import java.io.File;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The expiries agenda grouped by week (overdue first), the review panel of the selected row, and exports. */
public class AgendaView {
    private final AgendaViewModel vm;
    private final LongConsumer openLicense;
    private Parent root;

    @FXML private HBox filterBar;
    @FXML private Label totalLabel;
    @FXML private Label missingLabel;
    @FXML private Label noticeLabel;
    @FXML private TreeTableView<Entry> table;
    @FXML private TreeTableColumn<Entry, String> licenseCol;
    @FXML private TreeTableColumn<Entry, String> dateCol;
    @FXML private TreeTableColumn<Entry, String> kindCol;
    @FXML private TreeTableColumn<Entry, String> ownerCol;
    @FXML private TreeTableColumn<Entry, String> autoCol;
    @FXML private TreeTableColumn<Entry, String> costCol;
    @FXML private TreeTableColumn<Entry, String> baseCol;
    @FXML private TreeTableColumn<Entry, String> decisionCol;
    @FXML private TreeTableColumn<Entry, String> targetCol;
    @FXML private VBox reviewPane;
    @FXML private Label reviewLicense;
    @FXML private Label reviewFacts;
    @FXML private ComboBox<Decision> decisionBox;
    @FXML private TextField targetField;
    @FXML private Label suggestedLabel;
    @FXML private TextArea notesArea;
    @FXML private Button saveReviewButton;
    @FXML private Hyperlink openLink;
    @FXML private Button renewButton;
    @FXML private Button packButton;
    @FXML private Button packCancel;
    @FXML private ProgressBar packProgress;
    @FXML private Label emptyLabel;

    private final Map<Decision, ToggleButton> filters = new LinkedHashMap<>();
    private AgendaRow selected;
    private AgendaActions actions;

    /** A line of the tree: a group title (week or overdue) or an agenda row. */
    public record Entry(String group, AgendaRow row) {
    }

    public AgendaView(AgendaViewModel vm, LongConsumer openLicense) {
        this.vm = vm;
        this.openLicense = openLicense;
    }

    public Parent root() {
        if (root == null) {
            root = Fxml.load(this);
        }
        return root;
    }

    @FXML
    private void initialize() {
        table.setId("agendaTable");
        decisionBox.setId("decisionBox");
        targetField.setId("targetSeatsField");
        notesArea.setId("reviewNotes");
        saveReviewButton.setId("saveReview");
        emptyLabel.setId("agendaEmpty");
        // While the agenda is read (seconds on a large inventory) the empty table says so, not "nothing is due".
        ListScreen.placeholder(emptyLabel, vm.loadingProperty(), Messages.get("finance.agenda.reading"),
            Messages.get("finance.agenda.empty"));
        buildFilters();
        baseCol.setText(Messages.get("finance.col.inBase", vm.baseCurrency()));
        vm.agendaProperty().addListener((o, a, ag) -> {
            if (ag != null) {
                baseCol.setText(Messages.get("finance.col.inBase", ag.base()));
            }
        });
        Columns.bind(licenseCol, e -> e.row() == null ? e.group() : e.row().displayName());
        Columns.bind(dateCol, onRow(e -> Labels.date(e.row().date())));
        Columns.bind(kindCol, onRow(e -> Messages.get("finance.kind." + e.row().kind().name())));
        Columns.bind(ownerCol, onRow(e -> e.row().owner()));
        Columns.bind(autoCol, onRow(e -> Messages.get(e.row().autoRenew() ? "license.yes" : "finance.no")));
        Columns.bind(costCol, onRow(e -> Money.format(e.row().cost(), e.row().currency())));
        Columns.bind(baseCol, onRow(e -> e.row().costBase() == null
            ? (e.row().cost() == null ? "" : Messages.get("finance.noRate"))
            : Money.format(e.row().costBase(), vm.baseCurrency())));
        Columns.bind(decisionCol, onRow(e -> Labels.of("finance.decision", e.row().decisionOrUndecided())));
        Columns.bind(targetCol, onRow(e -> e.row().targetSeats() == null ? "" : e.row().targetSeats().toString()));
        licenseCol.setCellFactory(c -> new TooltipCell());
        ownerCol.setCellFactory(c -> new TooltipCell());
        table.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(Entry item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("agenda-group", "agenda-overdue");
                if (!empty && item != null) {
                    if (item.row() == null) {
                        getStyleClass().add("agenda-group");
                    } else if (vm.overdue(item.row())) {
                        getStyleClass().add("agenda-overdue");
                    }
                }
                setOnMouseClicked(e -> {
                    if (e.getClickCount() == 2 && getItem() != null && getItem().row() != null) {
                        openLicense.accept(getItem().row().licenseId());
                    }
                });
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, item) ->
            select(item == null || item.getValue() == null ? null : item.getValue().row()));
        decisionBox.getItems().setAll(Decision.values());
        decisionBox.setConverter(Labels.converter("finance.decision", Decision.class));
        vm.rows().addListener((javafx.collections.ListChangeListener<AgendaRow>) c -> rebuild());
        totalLabel.textProperty().bind(vm.totalTextProperty());
        missingLabel.textProperty().bind(vm.missingWarningProperty());
        missingLabel.visibleProperty().bind(vm.missingWarningProperty().isNotEmpty());
        missingLabel.managedProperty().bind(missingLabel.visibleProperty());
        Notices.bind(noticeLabel, vm.noticeProperty(), vm.errorProperty());
        select(null);
    }

    /** A text cell whose tooltip shows the whole text when the column is too narrow for it. */
    private static final class TooltipCell extends javafx.scene.control.TreeTableCell<Entry, String> {
        private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean blank = empty || item == null || item.isEmpty();
            setText(blank ? null : item);
            tip.setText(blank ? "" : item);
            setTooltip(blank ? null : tip);
        }
    }

    /** Cell text of an agenda row; group lines show their title in the license column only. */
    private static Function<Entry, String> onRow(Function<Entry, String> f) {
        return e -> e.row() == null ? "" : f.apply(e);
    }

    private void buildFilters() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton all = chip(group, "decision-ALL", Messages.get("finance.filter.all"));
        all.setSelected(true);
        all.setOnAction(e -> {
            all.setSelected(true);
            vm.filterProperty().set(null);
        });
        filterBar.getChildren().add(all);
        for (Decision d : Decision.values()) {
            ToggleButton b = chip(group, "decision-" + d.name(), Labels.of("finance.decision", d));
            b.setOnAction(e -> {
                if (b.isSelected()) {
                    vm.filterProperty().set(d);
                } else {
                    all.setSelected(true);
                    vm.filterProperty().set(null);
                }
            });
            filters.put(d, b);
            filterBar.getChildren().add(b);
        }
    }

    private static ToggleButton chip(ToggleGroup group, String id, String text) {
        ToggleButton b = new ToggleButton(text);
        b.setToggleGroup(group);
        b.setId(id);
        b.getStyleClass().add("chip");
        return b;
    }

    private void rebuild() {
        long keep = selected == null ? -1 : selected.licenseId();
        TreeItem<Entry> rootItem = new TreeItem<>();
        LocalDate today = vm.today();
        TreeItem<Entry> group = null;
        String groupKey = null;
        TreeItem<Entry> reselect = null;
        for (AgendaRow r : vm.rows()) {
            String key = r.overdue(today) ? "overdue" : r.weekStart().toString();
            if (!key.equals(groupKey)) {
                groupKey = key;
                String title = r.overdue(today) ? Messages.get("finance.agenda.overdue")
                    : Messages.get("finance.agenda.week", Labels.date(r.weekStart()));
                group = new TreeItem<>(new Entry(title, null));
                group.setExpanded(true);
                rootItem.getChildren().add(group);
            }
            TreeItem<Entry> item = new TreeItem<>(new Entry(null, r));
            group.getChildren().add(item);
            if (reselect == null && r.licenseId() == keep) {
                reselect = item;
            }
        }
        table.setRoot(rootItem);
        if (reselect != null) {
            table.getSelectionModel().select(reselect);
        } else {
            select(null);
        }
    }

    private void select(AgendaRow r) {
        selected = r;
        boolean has = r != null;
        reviewPane.setDisable(!has);
        if (!has) {
            reviewLicense.setText(Messages.get("finance.review.none"));
            reviewFacts.setText("");
            decisionBox.setValue(null);
            targetField.clear();
            notesArea.clear();
            suggestedLabel.setText("");
            return;
        }
        reviewLicense.setText(r.displayName());
        String seats = r.seatsTotal() == null ? Messages.get("finance.review.seats.unlimited", r.seatsUsed())
            : Messages.get("finance.review.seats", r.seatsUsed(), r.seatsTotal());
        reviewFacts.setText(Messages.get("finance.review.facts", Labels.date(r.date()),
            Messages.get("finance.kind." + r.kind().name()), seats));
        decisionBox.setValue(r.decisionOrUndecided());
        targetField.setText(r.targetSeats() == null ? "" : r.targetSeats().toString());
        targetField.setPromptText(r.suggestedSeats() == null ? "" : r.suggestedSeats().toString());
        suggestedLabel.setText(r.suggestedSeats() == null ? ""
            : Messages.get("finance.review.suggested", r.suggestedSeats()));
        notesArea.setText(r.notes() == null ? "" : r.notes());
    }

    /** Shows "Renew…" on the review of the selected row and the review pack of the next 90 days, as available. */
    public void setActions(AgendaActions actions) {
        root();
        this.actions = actions;
        renewButton.setVisible(actions.canRenew());
        renewButton.setManaged(actions.canRenew());
        packButton.setVisible(actions.canExportPack());
        packButton.setManaged(actions.canExportPack());
        actions.export().bind(packProgress, packCancel, noticeLabel);
        packButton.disableProperty().bind(actions.export().runningProperty());
    }

    @FXML
    private void onRenew() {
        if (actions != null && selected != null) {
            actions.renew(selected, root.getScene().getWindow());
        }
    }

    @FXML
    private void onPack() {
        File f = choose("renewal-review-pack.pdf", "PDF", "*.pdf");
        if (f != null && actions != null) {
            actions.exportPack(f.toPath());
        }
    }

    @FXML
    private void onSaveReview() {
        if (selected != null) {
            vm.saveReview(selected.licenseId(), decisionBox.getValue(), targetField.getText(), notesArea.getText());
        }
    }

    @FXML
    private void onOpen() {
        if (selected != null) {
            openLicense.accept(selected.licenseId());
        }
    }

    @FXML
    private void onCsv() {
        SaveAs.then(root, csvExport());
    }

    /** The agenda as its CSV button writes it (File ▸ Export… on this tab). */
    ViewExport csvExport() {
        return ViewExport.csv("renewals-agenda.csv", vm::exportCsv);
    }

    /** Ctrl/Cmd+F: the focus on the decision filter that is on. */
    void focusFilters() {
        filterBar.getChildren().stream().filter(n -> n instanceof ToggleButton t && t.isSelected()).findFirst()
            .orElse(filterBar.getChildren().get(0)).requestFocus();
    }

    @FXML
    private void onPdf() {
        SaveAs.then(root, "renewals-report.pdf", "PDF", "*.pdf", vm::exportPdf);
    }

    @FXML
    private void onIcs() {
        SaveAs.then(root, "renewals.ics", "iCalendar", "*.ics", vm::exportCalendar);
    }

    private File choose(String name, String kind, String pattern) {
        return SaveAs.choose(root, name, kind, pattern);
    }
}

package dev.seatledger.ui.compliance;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.compliance.ComplianceRow;
import dev.seatledger.core.compliance.ComplianceText;
import dev.seatledger.ui.common.Columns;
import dev.seatledger.ui.common.Fxml;
import dev.seatledger.ui.common.ListScreen;
import dev.seatledger.ui.common.Notices;
import dev.seatledger.ui.finance.SaveAs;
import dev.seatledger.ui.shell.Shortcuts;
import dev.seatledger.ui.shell.ViewCommands;
import dev.seatledger.ui.shell.ViewExport;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** The Compliance tab: per product and seat type what is entitled, assigned, installed and used, and the gaps. */
public class ComplianceView {
    private final ComplianceViewModel vm;
    private Parent root;

    @FXML private Label asOfLabel;
    @FXML private Label totalsLabel;
    @FXML private Label missingLabel;
    @FXML private Label noticeLabel;
    @FXML private Label emptyLabel;
    @FXML private ProgressBar exportProgress;
    @FXML private Button exportCancel;
    @FXML private Button csvButton;
    @FXML private Button pdfButton;
    @FXML private Button refreshButton;
    @FXML private TableView<ComplianceRow> comparedTable;
    @FXML private TableColumn<ComplianceRow, String> productCol;
    @FXML private TableColumn<ComplianceRow, String> typeCol;
    @FXML private TableColumn<ComplianceRow, String> entitledCol;
    @FXML private TableColumn<ComplianceRow, String> assignedCol;
    @FXML private TableColumn<ComplianceRow, String> installedCol;
    @FXML private TableColumn<ComplianceRow, String> activeCol;
    @FXML private TableColumn<ComplianceRow, String> shortfallCol;
    @FXML private TableColumn<ComplianceRow, String> exposureCol;
    @FXML private TableColumn<ComplianceRow, String> surplusCol;
    @FXML private TableColumn<ComplianceRow, String> shelfwareCol;
    @FXML private TableView<ComplianceRow> apartTable;
    @FXML private TableColumn<ComplianceRow, String> apartProductCol;
    @FXML private TableColumn<ComplianceRow, String> apartTypeCol;
    @FXML private TableColumn<ComplianceRow, String> apartEntitledCol;
    @FXML private TableColumn<ComplianceRow, String> apartAssignedCol;
    @FXML private TableColumn<ComplianceRow, String> apartInstalledCol;
    @FXML private TableColumn<ComplianceRow, String> apartActiveCol;
    @FXML private TableColumn<ComplianceRow, String> apartShortfallCol;

    public ComplianceView(ComplianceViewModel vm) {
        this.vm = vm;
    }

    public Parent root() {
        if (root == null) {
            root = Fxml.load(this);
        }
        return root;
    }

    @FXML
    private void initialize() {
        comparedTable.setItems(vm.compared());
        apartTable.setItems(vm.apart());
        ListScreen.placeholder(emptyLabel, vm.loadingProperty(), Messages.get("positions.compliance.reading"),
            Messages.get("compliance.empty"));
        counts(productCol, typeCol, entitledCol, assignedCol, installedCol, activeCol, shortfallCol);
        counts(apartProductCol, apartTypeCol, apartEntitledCol, apartAssignedCol, apartInstalledCol, apartActiveCol,
            apartShortfallCol);
        Columns.bind(exposureCol, r -> vm.money(r.exposure()));
        Columns.bind(surplusCol, r -> ComplianceText.count(r.surplus()));
        Columns.bind(shelfwareCol, r -> vm.money(r.shelfware()));
        comparedTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ComplianceRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().removeAll("compliance-shortfall", "compliance-surplus");
                if (!empty && r != null && r.shortfall() != null && r.shortfall() > 0) {
                    getStyleClass().add("compliance-shortfall");
                } else if (!empty && r != null && r.surplus() != null && r.surplus() > 0) {
                    getStyleClass().add("compliance-surplus");
                }
            }
        });
        asOfLabel.textProperty().bind(vm.asOfProperty());
        totalsLabel.textProperty().bind(vm.totalsProperty());
        missingLabel.textProperty().bind(vm.missingWarningProperty());
        missingLabel.visibleProperty().bind(vm.missingWarningProperty().isNotEmpty());
        missingLabel.managedProperty().bind(missingLabel.visibleProperty());
        Notices.bind(noticeLabel, new SimpleStringProperty(""), vm.errorProperty());
        vm.export().bind(exportProgress, exportCancel, noticeLabel);
        csvButton.disableProperty().bind(vm.export().runningProperty());
        pdfButton.disableProperty().bind(vm.export().runningProperty());
        Shortcuts.tooltip(refreshButton, Shortcuts.REFRESH);
    }

    private static void counts(TableColumn<ComplianceRow, String> product, TableColumn<ComplianceRow, String> type,
                               TableColumn<ComplianceRow, String> entitled, TableColumn<ComplianceRow, String> assigned,
                               TableColumn<ComplianceRow, String> installed, TableColumn<ComplianceRow, String> active,
                               TableColumn<ComplianceRow, String> shortfall) {
        Columns.bind(product, ComplianceRow::product);
        Columns.bind(type, r -> ComplianceText.seatType(r.seatType()));
        Columns.bind(entitled, count(ComplianceRow::entitled));
        Columns.bind(assigned, count(ComplianceRow::assigned));
        Columns.bind(installed, count(ComplianceRow::installed));
        Columns.bind(active, count(ComplianceRow::active));
        Columns.bind(shortfall, count(ComplianceRow::shortfall));
    }

    private static Function<ComplianceRow, String> count(Function<ComplianceRow, Number> figure) {
        return r -> ComplianceText.count(figure.apply(r));
    }

    @FXML
    private void onRefresh() {
        vm.load();
    }

    @FXML
    private void onCsv() {
        SaveAs.then(root, csvExport());
    }

    private ViewExport csvExport() {
        return ViewExport.csv("compliance-position.csv", vm::exportCsv);
    }

    /** The keyboard's commands on the position: F5 reads it again; File ▸ Export… writes its CSV. */
    public ViewCommands commands() {
        return new ViewCommands() {
            @Override
            public boolean refresh() {
                vm.load();
                return true;
            }

            @Override
            public Optional<ViewExport> export() {
                return Optional.of(csvExport());
            }
        };
    }

    @FXML
    private void onPdf() {
        SaveAs.then(root, "compliance-position.pdf", "PDF", "*.pdf", vm::exportPdf);
    }
}

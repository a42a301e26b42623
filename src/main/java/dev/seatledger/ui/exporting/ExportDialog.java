package dev.seatledger.ui.exporting;

import dev.seatledger.core.common.Messages;
import dev.seatledger.ui.common.FxmlDialog;
import dev.seatledger.ui.shell.ViewExport;
import java.nio.file.Path;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/**
 * File ▸ Export… where the view on screen has no export of its own: one of the tables the command line exports
 * (licenses, people, seats), saved where the user says, with progress and cancel; the dialog stays open and tells how
 * many rows went where.
 */
public class ExportDialog extends FxmlDialog<Void> {
    private final ExportViewModel vm;
    private final SaveTarget target;
    private final ToggleGroup kinds = new ToggleGroup();

    @FXML private ButtonType exportType;
    @FXML private VBox kindBox;
    @FXML private ProgressBar progress;
    @FXML private Button cancelExport;
    @FXML private Label noticeLabel;

    public ExportDialog(ExportViewModel vm, SaveTarget target) {
        super(Messages.get("export.title"));
        this.vm = vm;
        this.target = target;
        loadPane();
        command(exportType, "exportButton", this::export).disableProperty().bind(vm.job().runningProperty());
        setOnShown(e -> ((RadioButton) kinds.getSelectedToggle()).requestFocus());
    }

    @FXML
    private void initialize() {
        for (ExportKind kind : ExportKind.values()) {
            RadioButton r = new RadioButton(kind.label());
            r.setId("export-" + kind.name());
            r.setUserData(kind);
            r.setToggleGroup(kinds);
            r.setSelected(kind == vm.kindProperty().get());
            kindBox.getChildren().add(r);
        }
        kinds.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.kindProperty().set((ExportKind) now.getUserData());
            }
        });
        vm.job().bind(progress, cancelExport, noticeLabel);
    }

    private void export() {
        ViewExport chosen = vm.chosen();
        Path file = target.ask(getDialogPane().getScene().getWindow(), chosen);
        if (file != null) {
            chosen.write().accept(file);
        }
    }
}

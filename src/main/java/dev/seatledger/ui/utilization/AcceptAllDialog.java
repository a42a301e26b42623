package dev.seatledger.ui.utilization;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.telemetry.SuggestedMatch;
import dev.seatledger.ui.common.Columns;
import dev.seatledger.ui.common.FxmlDialog;
import dev.seatledger.ui.common.Labels;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The preview of "accept all suggestions from N %": which applications would count as which products, with the
 * confidence of each; Accept all takes them in one step (undone in one step on the screen), Cancel takes none.
 */
public class AcceptAllDialog extends FxmlDialog<Boolean> {
    private final AcceptAllViewModel.Preview preview;

    @FXML private ButtonType acceptType;
    @FXML private Label summary;
    @FXML private TableView<SuggestedMatch> previewTable;
    @FXML private TableColumn<SuggestedMatch, String> appCol;
    @FXML private TableColumn<SuggestedMatch, String> devicesCol;
    @FXML private TableColumn<SuggestedMatch, String> productCol;
    @FXML private TableColumn<SuggestedMatch, String> confidenceCol;

    public AcceptAllDialog(AcceptAllViewModel.Preview preview) {
        super(Messages.get("util.acceptAll.title", preview.percent()));
        this.preview = preview;
        loadPane();
        ((Button) getDialogPane().lookupButton(acceptType)).setId("acceptAllConfirmButton");
        setResultConverter(b -> b == acceptType);
    }

    @FXML
    private void initialize() {
        summary.setText(Messages.get("util.acceptAll.summary", preview.matches().size(), preview.percent()));
        previewTable.getItems().setAll(preview.matches());
        Columns.bind(appCol, SuggestedMatch::name);
        Columns.bind(devicesCol, m -> Labels.count(m.devices()));
        Columns.bind(productCol, SuggestedMatch::product);
        Columns.bind(confidenceCol, m -> Percent.of(m.confidence()));
    }
}

package dev.seatledger.ui.settings;

import dev.seatledger.ui.common.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

/** The "AI assistant" block of the Settings tab: endpoint, model and key; save, and test the endpoint. */
public class AiSettingsSection {
    private final AiSettingsViewModel vm;
    private final Parent root;

    @FXML private TextField aiUrlField;
    @FXML private TextField aiModelField;
    @FXML private PasswordField aiKeyField;
    @FXML private Button aiTestButton;
    @FXML private Label aiStatus;

    public AiSettingsSection(AiSettingsViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load(this);
    }

    @FXML
    private void initialize() {
        aiUrlField.textProperty().bindBidirectional(vm.urlProperty());
        aiModelField.textProperty().bindBidirectional(vm.modelProperty());
        aiKeyField.textProperty().bindBidirectional(vm.apiKeyProperty());
        aiTestButton.disableProperty().bind(vm.testingProperty());
        aiStatus.textProperty().bind(vm.statusProperty());
        vm.statusOkProperty().addListener((o, a, ok) -> {
            aiStatus.getStyleClass().removeAll("field-error", "success");
            aiStatus.getStyleClass().add(ok ? "success" : "field-error");
        });
    }

    @FXML
    private void onSave() {
        vm.save();
    }

    @FXML
    private void onTest() {
        vm.test();
    }

    public Parent root() {
        return root;
    }
}

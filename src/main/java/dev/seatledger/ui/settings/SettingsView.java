package dev.seatledger.ui.settings;

import dev.seatledger.core.common.Messages;
import dev.seatledger.ui.common.Fxml;
import dev.seatledger.ui.common.Notices;
import dev.seatledger.ui.shell.Theme;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

public class SettingsView {
    private final SettingsViewModel vm;
    private Parent root;

    @FXML private TextField operatorField;
    @FXML private ComboBox<Theme> themeBox;
    @FXML private ComboBox<LanguageChoice> languageBox;
    @FXML private TextField dormancyField;
    @FXML private TextField dataFolderField;
    @FXML private TextField databaseField;
    @FXML private Label noticeLabel;

    public SettingsView(SettingsViewModel vm) {
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
        operatorField.textProperty().bindBidirectional(vm.operatorProperty());
        themeBox.getItems().setAll(Theme.values());
        themeBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Theme t) {
                return t == null ? "" : Messages.get("settings.theme." + t.name());
            }

            @Override
            public Theme fromString(String s) {
                return Theme.parse(s);
            }
        });
        themeBox.valueProperty().bindBidirectional(vm.themeProperty());
        languageBox.getItems().setAll(LanguageChoice.values());
        languageBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(LanguageChoice l) {
                return l == null ? "" : Messages.get("settings.language." + l.name());
            }

            @Override
            public LanguageChoice fromString(String s) {
                return LanguageChoice.parse(s);
            }
        });
        languageBox.valueProperty().bindBidirectional(vm.languageProperty());
        dormancyField.textProperty().bindBidirectional(vm.dormancyDaysProperty());
        dataFolderField.textProperty().bind(vm.dataFolderProperty());
        databaseField.textProperty().bind(vm.databaseProperty());
        Notices.bind(noticeLabel, vm.noticeProperty(), vm.errorProperty());
    }

    /** Adds a self-contained block (with its own actions) below the general settings. */
    public void addSection(javafx.scene.Node section) {
        javafx.scene.layout.VBox page = (javafx.scene.layout.VBox) root();
        page.getChildren().add(new javafx.scene.control.Separator());
        page.getChildren().add(section);
    }

    @FXML
    private void onSave() {
        vm.save();
    }
}

package dev.seatledger.ui.settings;

import dev.seatledger.core.common.Messages;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The "AI assistant" block of the Settings tab. */
public class AiSettingsSection {
    private final VBox root = new VBox(10);

    public AiSettingsSection(AiSettingsViewModel vm) {
        root.setId("aiSettings");
        Label title = new Label(Messages.get("settings.ai.title"));
        title.getStyleClass().add("title-4");
        Label help = new Label(Messages.get("settings.ai.help"));
        help.setWrapText(true);
        help.getStyleClass().addAll("text-muted", "text-small");
        help.setMaxWidth(680);

        TextField url = new TextField();
        url.setId("aiUrlField");
        url.setPromptText("http://localhost:11434/v1");
        url.textProperty().bindBidirectional(vm.urlProperty());
        TextField model = new TextField();
        model.setId("aiModelField");
        model.setPromptText("llama3.1");
        model.textProperty().bindBidirectional(vm.modelProperty());
        PasswordField key = new PasswordField();
        key.setId("aiKeyField");
        key.setPromptText(Messages.get("settings.ai.key.prompt"));
        key.textProperty().bindBidirectional(vm.apiKeyProperty());

        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(179);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMaxWidth(520);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.addRow(0, labelFor(Messages.get("settings.ai.url"), url), url);
        grid.addRow(1, labelFor(Messages.get("settings.ai.model"), model), model);
        grid.addRow(2, labelFor(Messages.get("settings.ai.key"), key), key);

        Button save = new Button(Messages.get("settings.ai.save"));
        save.setId("aiSaveButton");
        save.setOnAction(e -> vm.save());
        Button test = new Button(Messages.get("settings.ai.test"));
        test.setId("aiTestButton");
        test.disableProperty().bind(vm.testingProperty());
        test.setOnAction(e -> vm.test());
        Label status = new Label();
        status.setId("aiStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        vm.statusOkProperty().addListener((o, a, ok) -> {
            status.getStyleClass().removeAll("field-error", "success");
            status.getStyleClass().add(ok ? "success" : "field-error");
        });
        status.getStyleClass().add("success");
        HBox buttons = new HBox(10, save, test, status);
        buttons.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(title, help, grid, buttons);
    }

    public Parent root() {
        return root;
    }

    private static Label labelFor(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return label;
    }
}

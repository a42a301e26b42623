package dev.seatledger.ui.shell;

import dev.seatledger.core.common.Messages;
import dev.seatledger.ui.common.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The shell: sub-nav tabs, a progress overlay while the database opens, and an error pane. */
public class MainWindow {
    private Parent root;

    @FXML private TabPane tabs;
    @FXML private Tab catalogTab;
    @FXML private Tab licensesTab;
    @FXML private Tab utilizationTab;
    @FXML private Tab peopleTab;
    @FXML private Tab renewalsTab;
    @FXML private Tab settingsTab;
    @FXML private VBox loadingPane;
    @FXML private VBox errorPane;
    @FXML private Label errorMessage;
    @FXML private Label errorHint;
    @FXML private Label logo;
    @FXML private Label dataFolderLabel;
    @FXML private javafx.scene.layout.HBox headerActions;

    public Parent root() {
        if (root == null) {
            root = Fxml.load(this);
        }
        return root;
    }

    @FXML
    private void initialize() {
        FontIcon icon = new FontIcon(Feather.LAYERS);
        icon.setIconSize(22);
        icon.getStyleClass().add("app-logo-icon");
        logo.setGraphic(icon);
        tabs.setDisable(true);
        for (Tab t : tabs.getTabs()) {
            Label placeholder = new Label(Messages.get("nav.notYet"));
            placeholder.getStyleClass().add("text-muted");
            VBox box = new VBox(placeholder);
            box.setAlignment(javafx.geometry.Pos.CENTER);
            t.setContent(box);
        }
    }

    public void showDataFolder(String folder) {
        dataFolderLabel.setText(folder);
    }

    public void showError(String message, String hint) {
        loadingPane.setVisible(false);
        errorMessage.setText(message);
        errorHint.setText(hint);
        errorPane.setVisible(true);
        tabs.setDisable(true);
    }

    public void showReady() {
        loadingPane.setVisible(false);
        errorPane.setVisible(false);
        tabs.setDisable(false);
    }

    public void addHeaderAction(Node node) {
        headerActions.getChildren().add(node);
    }

    /**
     * Runs {@code load} each time the tab showing this content is selected, and at once when it is the
     * selected one already: a tab reads its data when it is looked at, not while the window starts.
     */
    public void onShown(Node tabContent, Runnable load) {
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> {
            if (tab != null && tab.getContent() == tabContent) {
                load.run();
            }
        });
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        if (selected != null && selected.getContent() == tabContent) {
            load.run();
        }
    }

    public void select(Node tabContent) {
        tabs.getTabs().stream().filter(t -> t.getContent() == tabContent).findFirst()
            .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    public void setCatalog(Node content) {
        catalogTab.setContent(content);
    }

    public void setSettings(Node content) {
        settingsTab.setContent(content);
    }

    public void setLicenses(Node content) {
        licensesTab.setContent(content);
    }

    public void setUtilization(Node content) {
        utilizationTab.setContent(content);
    }

    public void setPeople(Node content) {
        peopleTab.setContent(content);
    }

    public void setRenewals(Node content) {
        renewalsTab.setContent(content);
    }

    public TabPane tabs() {
        return tabs;
    }
}

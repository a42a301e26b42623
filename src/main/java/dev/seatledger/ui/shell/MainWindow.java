package dev.seatledger.ui.shell;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Preferences;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TabPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The shell: header, sub-nav tabs ({@link ShellTabs}), a progress overlay while the database opens, and an error
 * pane. Built in code rather than FXML, unlike the views: it is the one part built before the first window, and
 * loading it from FXML cost about 150 ms of a cold start (ADR 0027).
 */
public class MainWindow {
    private final Label errorMessage = wrapped("error-message");
    private final Label errorHint = wrapped("text-muted");
    private final Label dataFolderLabel = styled(new Label(), "text-muted");
    private final HBox headerActions = new HBox(8);
    private final VBox loadingPane;
    private final Label loadingTitle = styled(new Label(Messages.get("db.opening")), "title-3");
    private final Label loadingDetail = styled(new Label(Messages.get("db.opening.detail")), "text-muted");
    private final VBox errorPane;
    private final StackPane body;
    private final BorderPane root;
    private final Shortcuts shortcuts = new Shortcuts(this::selectedContent);
    private final ShellMenu menu;
    private String database = "";
    /** Created after the first frame ({@link #attachTabs}) or on first use: not part of the first frame. */
    private ShellTabs tabs;

    public MainWindow() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(56, 56);
        loadingPane = new VBox(14, progress, loadingTitle, loadingDetail);
        loadingPane.setAlignment(Pos.CENTER);
        loadingPane.getStyleClass().add("overlay");

        errorPane = new VBox(12, styled(new Label(Messages.get("db.error.title")), "title-2", "error-title"),
            errorMessage, errorHint);
        errorPane.setAlignment(Pos.CENTER);
        errorPane.setPadding(new Insets(24, 48, 24, 48));
        errorPane.getStyleClass().add("overlay");
        errorPane.setVisible(false);

        body = new StackPane(loadingPane, errorPane);
        root = new BorderPane(body);
        menu = new ShellMenu(this, shortcuts);
        root.setTop(new VBox(menu.bar(), header()));
        root.getStyleClass().add("main-window");
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null && was == null) {
                shortcuts.install(scene);
            }
        });
    }

    /**
     * Shows a new shell in the stage: theme, stylesheet, title, the size and place of the last run, the data folder.
     * After the first frame the tabs go under the overlay and the window gets its icons, then {@code afterFirstFrame}
     * runs.
     */
    public static MainWindow show(Stage stage, Preferences prefs, String dataFolder, Runnable afterFirstFrame) {
        Theme.parse(prefs.get(Preferences.THEME, "LIGHT")).apply();
        MainWindow shell = new MainWindow();
        Scene scene = new Scene(shell.root());
        WindowLook.addStylesheets(scene);
        stage.setTitle(Messages.get("app.title"));
        stage.setScene(scene);
        WindowState.restore(stage, prefs);
        shell.showDataFolder(dataFolder);
        stage.show();
        Platform.runLater(() -> {
            shell.attachTabs();
            WindowLook.setIcons(stage);
            afterFirstFrame.run();
        });
        return shell;
    }

    private HBox header() {
        ImageView icon = new ImageView(new Image(
            MainWindow.class.getResource("/dev/seatledger/icons/seatledger-48.png").toExternalForm(), 26, 26, true, true));
        Label logo = styled(new Label(), "app-logo");
        logo.setGraphic(icon);
        VBox title = new VBox(0, styled(new Label(Messages.get("app.title")), "app-title"),
            styled(new Label(Messages.get("app.tagline")), "app-tagline"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        headerActions.setAlignment(Pos.CENTER_RIGHT);
        HBox header = new HBox(10, logo, title, gap, dataFolderLabel, headerActions);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 16, 10, 16));
        header.getStyleClass().add("app-header");
        return header;
    }

    private static Label wrapped(String styleClass) {
        Label l = styled(new Label(), styleClass);
        l.setWrapText(true);
        l.setMaxWidth(620);
        return l;
    }

    private static Label styled(Label l, String... styleClasses) {
        l.getStyleClass().addAll(styleClasses);
        return l;
    }

    public Parent root() {
        return root;
    }

    /**
     * Puts the tabs under the overlay. Called once the first frame is shown: the opaque overlay hides them while
     * the database opens, and leaving their skins out of the first frame brings the window up sooner (ADR 0029).
     */
    public void attachTabs() {
        TabPane pane = shellTabs().pane;
        if (pane.getParent() == null) {
            body.getChildren().add(0, pane);
        }
    }

    private ShellTabs shellTabs() {
        if (tabs == null) {
            tabs = new ShellTabs();
        }
        return tabs;
    }

    /** The keyboard's commands for the view in this tab content (search, add, refresh, delete, back). */
    public void setCommands(Node tabContent, ViewCommands commands) {
        shortcuts.register(tabContent, commands);
    }

    /** Hands a menu item its action (import, export, backup, restore, the folders, the user guide). */
    public void setMenuAction(MenuCommand command, Runnable action) {
        menu.set(command, action);
    }

    /** What File ▸ Export… writes on the view on screen: its own export, if it has one. */
    public java.util.Optional<ViewExport> viewExport() {
        return shortcuts.current().export();
    }

    /** View ▸ Theme shows {@code current} and tells {@code chosen} what the user picks. */
    public void onThemeChosen(Theme current, java.util.function.Consumer<Theme> chosen) {
        menu.onTheme(current, chosen);
    }

    /** Shows {@code tab} and presses the button {@code selector} finds in it (a menu item that a view's button does). */
    public void press(ShellTab tab, String selector) {
        select(tab);
        Node content = selectedContent();
        if (content != null && content.lookup(selector) instanceof javafx.scene.control.ButtonBase b && !b.isDisabled()) {
            b.fire();
        }
    }

    /** The database the About box names. */
    public void showDatabase(String description) {
        database = description;
    }

    AboutDialog.Facts about() {
        return new AboutDialog.Facts(dataFolderLabel.getText(), database);
    }

    private Node selectedContent() {
        var selected = shellTabs().pane.getSelectionModel().getSelectedItem();
        return selected == null ? null : selected.getContent();
    }

    public void showDataFolder(String folder) {
        dataFolderLabel.setText(folder);
    }

    public void showError(String message, String hint) {
        loadingPane.setVisible(false);
        errorMessage.setText(message);
        errorHint.setText(hint);
        errorPane.setVisible(true);
        shellTabs().pane.setDisable(true);
    }

    /** The overlay over the views while {@code what} runs (a backup, a restore). */
    public void showBusy(String what) {
        loadingTitle.setText(what);
        loadingDetail.setText("");
        loadingPane.setVisible(true);
        shellTabs().pane.setDisable(true);
    }

    public void showReady() {
        attachTabs();
        loadingPane.setVisible(false);
        errorPane.setVisible(false);
        shellTabs().pane.setDisable(false);
    }

    public void addHeaderAction(Node node) {
        headerActions.getChildren().add(node);
    }

    /**
     * Runs {@code load} each time the tab showing this content is selected, and at once when it is the
     * selected one already: a tab reads its data when it is looked at, not while the window starts.
     */
    public void onShown(Node tabContent, Runnable load) {
        shellTabs().onShown(tabContent, load);
    }

    /** Runs {@code reload} when the data changed while this content's tab is the selected one (see ChangeWatch). */
    public void onDataChanged(Node tabContent, Runnable reload) {
        shellTabs().onDataChanged(tabContent, reload);
    }

    /** Reads the selected tab's data again (another process changed the database). */
    public void reloadSelected() {
        shellTabs().reloadSelected();
    }

    public void select(Node tabContent) {
        shellTabs().select(tabContent);
    }

    public void select(ShellTab tab) {
        shellTabs().select(tab);
    }

    /** The window that owns dialogs opened from the shell's views. */
    public Window window() {
        return root.getScene().getWindow();
    }

    public void setCatalog(Node content) {
        shellTabs().catalog.setContent(content);
    }

    /** The Settings tab, built the first time it is selected. */
    public void setSettings(Supplier<? extends Node> build) {
        shellTabs().whenFirstSelected(shellTabs().settings, build);
    }

    public void setLicenses(Node content) {
        shellTabs().licenses.setContent(content);
    }

    /** The Utilization tab, built the first time it is selected. */
    public void setUtilization(Supplier<? extends Node> build) {
        shellTabs().whenFirstSelected(shellTabs().utilization, build);
    }

    public void setPeople(Node content) {
        shellTabs().people.setContent(content);
    }

    /** The Renewals tab, built the first time it is selected. */
    public void setRenewals(Supplier<? extends Node> build) {
        shellTabs().whenFirstSelected(shellTabs().renewals, build);
    }

    /** The Compliance tab, built the first time it is selected. */
    public void setCompliance(Supplier<? extends Node> build) {
        shellTabs().whenFirstSelected(shellTabs().compliance, build);
    }

    public TabPane tabs() {
        return shellTabs().pane;
    }
}

package dev.seatledger.ui.shell;

import dev.seatledger.core.common.Messages;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The shell: sub-nav tabs, a progress overlay while the database opens, and an error pane. Built in code rather
 * than FXML, unlike the views: it is the one part built before the first window, and loading it from FXML cost
 * about 150 ms of a cold start (ADR 0027).
 */
public class MainWindow {
    private final Tab catalogTab = tab("nav.catalog");
    private final Tab licensesTab = tab("nav.licenses");
    private final Tab utilizationTab = tab("nav.utilization");
    private final Tab peopleTab = tab("nav.people");
    private final Tab renewalsTab = tab("nav.renewals");
    private final Tab settingsTab = tab("nav.settings");
    private final TabPane tabs = new TabPane(catalogTab, licensesTab, utilizationTab, peopleTab, renewalsTab, settingsTab);
    private final Label errorMessage = wrapped("error-message");
    private final Label errorHint = wrapped("text-muted");
    private final Label dataFolderLabel = styled(new Label(), "text-muted");
    private final HBox headerActions = new HBox(8);
    private final VBox loadingPane;
    private final VBox errorPane;
    private final StackPane body;
    private final BorderPane root;
    /** What each tab's content runs when its tab is selected (see {@link #onShown}). */
    private final Map<Node, List<Runnable>> loads = new IdentityHashMap<>();

    public MainWindow() {
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> {
            if (tab != null) {
                runLoads(tab.getContent());
            }
        });
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("main-tabs");
        tabs.setDisable(true);

        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(56, 56);
        loadingPane = new VBox(14, progress, styled(new Label(Messages.get("db.opening")), "title-3"),
            styled(new Label(Messages.get("db.opening.detail")), "text-muted"));
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
        root.setTop(header());
        root.getStyleClass().add("main-window");
    }

    private HBox header() {
        FontIcon icon = new FontIcon(Feather.LAYERS);
        icon.setIconSize(22);
        icon.getStyleClass().add("app-logo-icon");
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

    private static Tab tab(String key) {
        Label placeholder = styled(new Label(Messages.get("nav.notYet")), "text-muted");
        VBox box = new VBox(placeholder);
        box.setAlignment(Pos.CENTER);
        return new Tab(Messages.get(key), box);
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
        if (tabs.getParent() == null) {
            body.getChildren().add(0, tabs);
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
        attachTabs();
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
        loads.computeIfAbsent(tabContent, k -> new ArrayList<>()).add(load);
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        if (selected != null && selected.getContent() == tabContent) {
            load.run();
        }
    }

    public void select(Node tabContent) {
        tabs.getTabs().stream().filter(t -> t.getContent() == tabContent).findFirst()
            .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /**
     * Builds a tab's content the first time the tab is selected. Views nobody has opened yet cost nothing while
     * the window starts and the Licenses list loads (the Renewals tab alone took 250–380 ms to build, ADR 0029).
     */
    private void whenFirstSelected(Tab tab, Supplier<? extends Node> build) {
        if (tabs.getSelectionModel().getSelectedItem() == tab) {
            buildInto(tab, build);
            return;
        }
        tabs.getSelectionModel().selectedItemProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Tab> o, Tab was, Tab now) {
                if (now == tab) {
                    o.removeListener(this);
                    buildInto(tab, build);
                }
            }
        });
    }

    /** Builds the content, puts it in the tab, then runs what the content asked to run when shown (it is). */
    private void buildInto(Tab tab, Supplier<? extends Node> build) {
        Node content = build.get();
        tab.setContent(content);
        runLoads(content);
    }

    private void runLoads(Node content) {
        loads.getOrDefault(content, List.of()).forEach(Runnable::run);
    }

    public void setCatalog(Node content) {
        catalogTab.setContent(content);
    }

    public void setSettings(Supplier<? extends Node> build) {
        whenFirstSelected(settingsTab, build);
    }

    public void setLicenses(Node content) {
        licensesTab.setContent(content);
    }

    public void setUtilization(Supplier<? extends Node> build) {
        whenFirstSelected(utilizationTab, build);
    }

    public void setPeople(Node content) {
        peopleTab.setContent(content);
    }

    public void setRenewals(Supplier<? extends Node> build) {
        whenFirstSelected(renewalsTab, build);
    }

    public TabPane tabs() {
        return tabs;
    }
}

package dev.seatledger.ui.shell;

import dev.seatledger.core.common.Messages;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The main window's tabs: their contents, what each content loads when its tab is selected, and the tabs whose
 * content is built the first time they are selected.
 */
final class ShellTabs {
    final Tab catalog = tab(ShellTab.CATALOG);
    final Tab licenses = tab(ShellTab.LICENSES);
    final Tab utilization = tab(ShellTab.UTILIZATION);
    final Tab people = tab(ShellTab.PEOPLE);
    final Tab renewals = tab(ShellTab.RENEWALS);
    final Tab compliance = tab(ShellTab.COMPLIANCE);
    final Tab settings = tab(ShellTab.SETTINGS);
    final TabPane pane = new TabPane(catalog, licenses, utilization, people, renewals, compliance, settings);
    /** What each tab's content runs when its tab is selected (see {@link #onShown}). */
    private final Map<Node, List<Runnable>> loads = new IdentityHashMap<>();
    /** What each tab's content runs, besides its loads, when the data changed under it (see {@link #reloadSelected}). */
    private final Map<Node, List<Runnable>> reloads = new IdentityHashMap<>();

    ShellTabs() {
        pane.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> {
            if (tab != null) {
                runLoads(tab.getContent());
            }
        });
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        pane.getStyleClass().add("main-tabs");
        pane.setDisable(true);
    }

    /** A tab named from the bundle, whose tooltip names its shortcut (Ctrl+1 for the first). */
    private static Tab tab(ShellTab which) {
        Label placeholder = new Label(Messages.get("nav.notYet"));
        placeholder.getStyleClass().add("text-muted");
        VBox box = new VBox(placeholder);
        box.setAlignment(Pos.CENTER);
        Tab tab = new Tab(Messages.get(which.key()), box);
        tab.setTooltip(new Tooltip(Messages.get("shortcuts.tooltip", Messages.get(which.key()),
            Shortcuts.text(Shortcuts.view(which.ordinal())))));
        return tab;
    }

    void onShown(Node tabContent, Runnable load) {
        loads.computeIfAbsent(tabContent, k -> new ArrayList<>()).add(load);
        Tab selected = pane.getSelectionModel().getSelectedItem();
        if (selected != null && selected.getContent() == tabContent) {
            load.run();
        }
    }

    void select(ShellTab tab) {
        pane.getSelectionModel().select(tab.ordinal());
    }

    void onDataChanged(Node tabContent, Runnable reload) {
        reloads.computeIfAbsent(tabContent, k -> new ArrayList<>()).add(reload);
    }

    /** Reads the selected tab's data again: what it loads when shown, and what it asked to run on a change. */
    void reloadSelected() {
        Tab selected = pane.getSelectionModel().getSelectedItem();
        if (selected != null) {
            runLoads(selected.getContent());
            reloads.getOrDefault(selected.getContent(), List.of()).forEach(Runnable::run);
        }
    }

    void select(Node tabContent) {
        pane.getTabs().stream().filter(t -> t.getContent() == tabContent).findFirst()
            .ifPresent(t -> pane.getSelectionModel().select(t));
    }

    /**
     * Builds a tab's content the first time the tab is selected. Views nobody has opened yet cost nothing while
     * the window starts and the Licenses list loads (the Renewals tab alone took 250–380 ms to build, ADR 0029).
     */
    void whenFirstSelected(Tab tab, Supplier<? extends Node> build) {
        if (pane.getSelectionModel().getSelectedItem() == tab) {
            buildInto(tab, build);
            return;
        }
        pane.getSelectionModel().selectedItemProperty().addListener(new ChangeListener<>() {
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
}

package dev.seatledger.ui.common;

import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/** Gives a tab its content the first time the tab is selected (at once when it is the selected one already). */
public final class LazyTabs {
    private LazyTabs() {
    }

    public static void buildWhenSelected(Tab tab, Supplier<? extends Node> content) {
        if (tab.isSelected()) {
            tab.setContent(content.get());
            return;
        }
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    o.removeListener(this);
                    tab.setContent(content.get());
                }
            }
        });
    }
}

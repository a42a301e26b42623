package dev.seatledger.ui.utilization;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.utilization.LicenseUtilization;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** A license's seat fill: a bar with "used / total (n%)", or "n used" for unlimited seats. */
final class SeatFillCell extends TableCell<LicenseUtilization, LicenseUtilization> {
    @Override
    protected void updateItem(LicenseUtilization u, boolean empty) {
        super.updateItem(u, empty);
        if (empty || u == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        if (u.fill() < 0) {
            setGraphic(null);
            setText(Messages.get("license.seats.unlimited", u.used()));
            return;
        }
        ProgressBar b = new ProgressBar(Math.min(1, u.fill()));
        b.setPrefWidth(80);
        b.getStyleClass().add("seat-bar");
        b.setAccessibleText(Messages.get("a11y.seatFill", u.used(), u.total(), Math.round(u.fill() * 100)));
        Label l = new Label(u.used() + " / " + u.total() + "  (" + Math.round(u.fill() * 100) + "%)");
        l.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(8, b, l);
        box.setAlignment(Pos.CENTER_LEFT);
        setGraphic(box);
        setText(null);
    }
}

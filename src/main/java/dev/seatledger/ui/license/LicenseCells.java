package dev.seatledger.ui.license;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.LicenseRow;
import dev.seatledger.core.license.LicenseStatus;
import dev.seatledger.core.license.RenewalCountdown;
import dev.seatledger.ui.common.BrandIcon;
import dev.seatledger.ui.common.GradePill;
import dev.seatledger.ui.common.Labels;
import java.util.Locale;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Cell renderers for the Licenses list. */
final class LicenseCells {
    private LicenseCells() {
    }

    static final class Graphic extends TableCell<LicenseRow, LicenseRow> {
        private final Function<LicenseRow, Node> render;

        Graphic(Function<LicenseRow, Node> render) {
            this.render = render;
        }

        @Override
        protected void updateItem(LicenseRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            setGraphic(empty || row == null ? null : render.apply(row));
        }
    }

    /** A text cell that wraps a long text onto a second line of the row rather than cutting it short. */
    static TableCell<LicenseRow, String> wrapping() {
        TableCell<LicenseRow, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
            }
        };
        cell.setWrapText(true);
        return cell;
    }

    static Node product(LicenseRow r) {
        Label name = new Label(r.productName());
        name.getStyleClass().add("product-name");
        // a narrow column wraps a long product name onto the row's second line rather than cutting it
        name.setWrapText(true);
        name.setMinWidth(0);
        HBox box = new HBox(8, BrandIcon.create(r.publisher(), 24), name);
        box.setAlignment(Pos.CENTER_LEFT);
        if (r.archived()) {
            Label tag = new Label(Messages.get("catalog.archivedTag"));
            tag.getStyleClass().add("archived-tag");
            box.getChildren().add(tag);
        }
        if (r.auditInProgress()) {
            Label tag = new Label(Messages.get("audit.marker"));
            tag.getStyleClass().add("audit-tag");
            box.getChildren().add(tag);
        }
        return box;
    }

    static Node grade(LicenseRow r) {
        return GradePill.create(r.gradeLetter(), r.riskLevel(), r.gradeSummary());
    }

    static Node seats(LicenseRow r) {
        if (r.fill() < 0) {
            Label l = new Label(Messages.get("license.seats.unlimited", r.seatsUsed()));
            l.getStyleClass().add("text-muted");
            return l;
        }
        Label text = new Label(r.seatsUsed() + " / " + r.seatsTotal());
        text.getStyleClass().add("seat-text");
        text.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ProgressBar bar = new ProgressBar(Math.min(1.0, r.fill()));
        bar.setPrefWidth(70);
        bar.getStyleClass().add("seat-bar");
        bar.setAccessibleText(Messages.get("a11y.seatFill", r.seatsUsed(), r.seatsTotal(), Math.round(r.fill() * 100)));
        if (r.fill() >= 1.0) {
            bar.getStyleClass().add("seat-bar-full");
        } else if (r.seatsTotal() > 1 && r.seatsUsed() * 2 < r.seatsTotal()) {
            bar.getStyleClass().add("seat-bar-low");
        }
        HBox box = new HBox(8, bar, text);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    static String cost(LicenseRow r) {
        if (r.billingCycle() == BillingCycle.ONE_TIME) {
            return Messages.get("license.oneTime");
        }
        return r.annualCost() == null ? Messages.get("license.noValue") : Money.format(r.annualCost(), r.currency());
    }

    static Node expiry(LicenseRow r, RenewalCountdown countdown) {
        Label date = new Label(r.expiryDate() == null ? Messages.get("license.noValue") : Labels.date(r.expiryDate()));
        if (countdown.level() == RenewalCountdown.Level.NONE) {
            return date;
        }
        Label hint = new Label(countdown.text());
        hint.getStyleClass().addAll("countdown", countdown.level() == RenewalCountdown.Level.RED
            ? "countdown-red" : "countdown-amber");
        VBox box = new VBox(0, date, hint);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    static Node status(LicenseStatus s) {
        Label l = new Label(Labels.of("license.status", s));
        l.setAccessibleRoleDescription(Messages.get("a11y.status"));
        l.getStyleClass().addAll("status-badge", "status-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return l;
    }
}

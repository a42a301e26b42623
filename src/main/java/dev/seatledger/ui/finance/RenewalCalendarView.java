package dev.seatledger.ui.finance;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.finance.AgendaKind;
import dev.seatledger.core.finance.AgendaRow;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import dev.seatledger.ui.common.Fxml;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * A month grid (Monday first) with each day's expiries and renewals; clicking one opens the license. The bar and the
 * grid's columns are its FXML; the weeks of the month shown are laid out here.
 */
public class RenewalCalendarView {
    private static final int SHOWN_PER_DAY = 3;

    private final CalendarViewModel vm;
    private final LongConsumer openLicense;
    private Parent root;

    @FXML private Label calendarTitle;
    @FXML private GridPane grid;

    public RenewalCalendarView(CalendarViewModel vm, LongConsumer openLicense) {
        this.vm = vm;
        this.openLicense = openLicense;
    }

    public Parent root() {
        if (root == null) {
            root = Fxml.load(this);
        }
        return root;
    }

    @FXML
    private void initialize() {
        vm.monthProperty().addListener((o, a, m) -> render());
        vm.entries().addListener((ListChangeListener<AgendaRow>) c -> render());
    }

    @FXML
    private void onPrevious() {
        vm.previous();
    }

    @FXML
    private void onNext() {
        vm.next();
    }

    @FXML
    private void onToday() {
        vm.thisMonth();
    }

    private void render() {
        YearMonth month = vm.monthProperty().get();
        if (month == null) {
            return;
        }
        calendarTitle.setText(month.format(DateTimeFormatter.ofPattern("LLLL yyyy", Locale.getDefault())));
        grid.getChildren().clear();
        grid.getRowConstraints().clear();
        RowConstraints header = new RowConstraints();
        grid.getRowConstraints().add(header);
        for (int c = 0; c < 7; c++) {
            Label day = new Label(DayOfWeek.of(c + 1).getDisplayName(TextStyle.SHORT, Locale.getDefault()));
            day.getStyleClass().add("cal-weekday");
            day.setMaxWidth(Double.MAX_VALUE);
            grid.add(day, c, 0);
        }
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        int weeks = (int) (java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1) / 7;
        for (int w = 0; w < weeks; w++) {
            RowConstraints rc = new RowConstraints();
            rc.setVgrow(Priority.ALWAYS);
            rc.setPercentHeight(95.0 / weeks);
            grid.getRowConstraints().add(rc);
        }
        LocalDate today = vm.today();
        for (int i = 0; i < weeks * 7; i++) {
            LocalDate d = first.plusDays(i);
            grid.add(cell(d, month, today), i % 7, 1 + i / 7);
        }
    }

    private VBox cell(LocalDate d, YearMonth month, LocalDate today) {
        VBox box = new VBox(2);
        box.getStyleClass().add("cal-day");
        if (!YearMonth.from(d).equals(month)) {
            box.getStyleClass().add("cal-other-month");
        }
        if (d.equals(today)) {
            box.getStyleClass().add("cal-today");
        }
        Label number = new Label(Integer.toString(d.getDayOfMonth()));
        number.getStyleClass().add("cal-day-number");
        box.getChildren().add(number);
        List<AgendaRow> rows = vm.entries().stream().filter(r -> r.date().equals(d)).toList();
        rows.stream().limit(SHOWN_PER_DAY).forEach(r -> box.getChildren().add(entry(r)));
        if (rows.size() > SHOWN_PER_DAY) {
            Label more = new Label(Messages.get("finance.calendar.more", rows.size() - SHOWN_PER_DAY));
            more.getStyleClass().add("text-muted");
            more.setTooltip(new Tooltip(String.join("\n", rows.stream().skip(SHOWN_PER_DAY)
                .map(AgendaRow::displayName).toList())));
            box.getChildren().add(more);
        }
        box.setMinHeight(0);
        return box;
    }

    private Label entry(AgendaRow r) {
        Label l = new Label(r.displayName());
        l.getStyleClass().addAll("cal-entry", r.kind() == AgendaKind.EXPIRY ? "cal-expiry" : "cal-renewal");
        l.setMaxWidth(Double.MAX_VALUE);
        String cost = r.cost() == null ? "" : "\n" + Messages.get("finance.ics.cost", Money.format(r.cost(), r.currency()));
        l.setTooltip(new Tooltip(Messages.get("finance.ics.summary." + r.kind().name(), r.displayName()) + cost));
        l.setOnMouseClicked(e -> openLicense.accept(r.licenseId()));
        return l;
    }
}

package dev.seatledger.ui.people;

import dev.seatledger.ui.common.Columns;
import dev.seatledger.core.assignment.SeatQuery;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.people.PersonRow;
import dev.seatledger.ui.common.FieldSection;
import dev.seatledger.ui.common.Labels;
import dev.seatledger.ui.common.Notices;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** A person's profile page. */
public class PersonProfile {
    private final PersonProfileViewModel vm;
    private final Runnable back;
    private final VBox root = new VBox(10);
    private final StackPane details = new StackPane();
    private final Label title = new Label();

    private final javafx.scene.Node historyPanel;

    public PersonProfile(PersonProfileViewModel vm, Runnable back, javafx.scene.Node historyPanel) {
        this.vm = vm;
        this.back = back;
        this.historyPanel = historyPanel;
        build();
        vm.load();
    }

    public Parent root() {
        return root;
    }

    private void build() {
        root.getStyleClass().add("page");
        root.setStyle("-fx-padding: 12 20 16 20;");
        Hyperlink backLink = new Hyperlink(Messages.get("people.back"));
        backLink.setOnAction(e -> back.run());
        title.getStyleClass().add("title-2");
        Button edit = new Button(Messages.get("license.page.edit"));
        edit.setOnAction(e -> {
            PersonFormViewModel form = vm.editForm();
            PersonDialog dialog = new PersonDialog(form);
            dialog.initOwner(root.getScene().getWindow());
            form.load(() -> dialog.showAndWait().ifPresent(id -> vm.load()));
        });
        Button offboard = new Button(Messages.get("profile.offboard"));
        offboard.setId("offboardButton");
        offboard.getStyleClass().add("danger");
        offboard.disableProperty().bind(vm.canOffboardProperty().not());
        offboard.setOnAction(e -> {
            PersonRow p = vm.personProperty().get();
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("profile.offboard.confirm", p.name()));
            a.initOwner(root.getScene().getWindow());
            a.setHeaderText(null);
            a.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.offboard());
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, spacer, edit, offboard);
        header.setAlignment(Pos.CENTER_LEFT);
        Label notice = new Label();
        notice.getStyleClass().add("notice-banner");
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setWrapText(true);
        notice.setVisible(false);
        notice.setManaged(false);
        Notices.bind(notice, vm.noticeProperty(), vm.errorProperty());
        Label cost = new Label();
        cost.getStyleClass().add("title-4");
        cost.textProperty().bind(vm.annualCostProperty());

        Label nowTitle = new Label(Messages.get("profile.seatsNow"));
        nowTitle.getStyleClass().add("section-title");
        Label beforeTitle = new Label(Messages.get("profile.seatsBefore"));
        beforeTitle.getStyleClass().add("section-title");
        TableView<SeatQuery.PersonSeatRow> now = seatsTable(vm.current(), false);
        now.setId("currentSeats");
        TableView<SeatQuery.PersonSeatRow> before = seatsTable(vm.past(), true);
        VBox content = new VBox(12, details, cost, nowTitle, now, beforeTitle, before);
        if (historyPanel != null) {
            Label historyTitle = new Label(Messages.get("license.group.history"));
            historyTitle.getStyleClass().add("section-title");
            content.getChildren().addAll(historyTitle, historyPanel);
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(backLink, header, notice, scroll);
        vm.personProperty().addListener((o, a, p) -> {
            if (p != null) {
                title.setText(p.name());
                details.getChildren().setAll(new FieldSection(p.email())
                    .add(Messages.get("person.field.status"), Labels.of("person.status", p.status()))
                    .add(Messages.get("person.field.department"), p.department())
                    .add(Messages.get("person.field.title"), p.jobTitle())
                    .add(Messages.get("person.field.endDate"), p.endDate() == null ? null : Labels.date(p.endDate()))
                    .add(Messages.get("person.field.lastSignIn"),
                        p.lastSignIn() == null ? Messages.get("holders.never") : Labels.date(p.lastSignIn())));
            }
        });
    }

    private static TableView<SeatQuery.PersonSeatRow> seatsTable(ObservableList<SeatQuery.PersonSeatRow> rows,
                                                                 boolean past) {
        TableView<SeatQuery.PersonSeatRow> t = new TableView<>(rows);
        t.setPrefHeight(past ? 200 : 240);
        t.getColumns().add(Columns.text(Messages.get("profile.col.license"), SeatQuery.PersonSeatRow::displayName, 260));
        t.getColumns().add(Columns.text(Messages.get("profile.col.access"), SeatQuery.PersonSeatRow::accessLevel, 120));
        t.getColumns().add(Columns.text(Messages.get("profile.col.since"), r -> date(r.assignedAt()), 120));
        if (!past) {
            t.getColumns().add(Columns.text(Messages.get("profile.col.lastUse"),
                r -> r.lastUse() == null ? "" : r.lastUse().text(), 240));
        }
        if (past) {
            t.getColumns().add(Columns.text(Messages.get("profile.col.until"), r -> date(r.revokedAt()), 120));
            t.getColumns().add(Columns.text(Messages.get("profile.col.reason"), r -> Labels.of("assignment.reason", r.reason()), 120));
        }
        t.getColumns().add(Columns.text(Messages.get("profile.col.cost"),
            r -> r.annualCost() == null ? Messages.get("license.noValue") : Money.format(r.annualCost(), r.currency()), 140));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label(Messages.get("profile.noSeats")));
        return t;
    }

    private static String date(Instant i) {
        return i == null ? "" : Labels.date(LocalDate.ofInstant(i, ZoneId.systemDefault()));
    }
}

package dev.seatledger.ui.people;

import dev.seatledger.core.assignment.SeatQuery;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.people.PersonRow;
import dev.seatledger.ui.common.Columns;
import dev.seatledger.ui.common.Confirm;
import dev.seatledger.ui.common.FieldSection;
import dev.seatledger.ui.common.Fxml;
import dev.seatledger.ui.common.Labels;
import dev.seatledger.ui.common.Notices;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;

/** A person's profile page: their details, the seats they hold and held, edit, offboard, and their history. */
public class PersonProfile {
    private final PersonProfileViewModel vm;
    private final Runnable back;
    private final Node historyPanel;
    private final Parent root;

    @FXML private Label titleLabel;
    @FXML private Button offboardButton;
    @FXML private Label noticeLabel;
    @FXML private StackPane details;
    @FXML private Label annualCost;
    @FXML private TableView<SeatQuery.PersonSeatRow> currentSeats;
    @FXML private TableColumn<SeatQuery.PersonSeatRow, String> nowLicenseCol;
    @FXML private TableColumn<SeatQuery.PersonSeatRow, String> nowAccessCol;
    @FXML private TableColumn<SeatQuery.PersonSeatRow, String> nowSinceCol;
    @FXML private TableColumn<SeatQuery.PersonSeatRow, String> nowLastUseCol;
    @FXML private TableColumn<SeatQuery.PersonSeatRow, String> nowCostCol;
    @FXML private TableView<SeatQuery.PersonSeatRow> pastSeats;
    @FXML private TableColumn<SeatQuery.PersonSeatRow, String> pastLicenseCol;
    @FXML private TableColumn<SeatQuery.PersonSeatRow, String> pastAccessCol;
    @FXML private TableColumn<SeatQuery.PersonSeatRow, String> pastSinceCol;
    @FXML private TableColumn<SeatQuery.PersonSeatRow, String> pastUntilCol;
    @FXML private TableColumn<SeatQuery.PersonSeatRow, String> pastReasonCol;
    @FXML private TableColumn<SeatQuery.PersonSeatRow, String> pastCostCol;
    @FXML private Label historyTitle;
    @FXML private StackPane historySlot;

    /** {@code historyPanel} is the person's history, or null for none. */
    public PersonProfile(PersonProfileViewModel vm, Runnable back, Node historyPanel) {
        this.vm = vm;
        this.back = back;
        this.historyPanel = historyPanel;
        this.root = Fxml.load(this);
        vm.load();
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        offboardButton.disableProperty().bind(vm.canOffboardProperty().not());
        Notices.bind(noticeLabel, vm.noticeProperty(), vm.errorProperty());
        annualCost.textProperty().bind(vm.annualCostProperty());
        currentSeats.setItems(vm.current());
        Columns.bind(nowLicenseCol, SeatQuery.PersonSeatRow::displayName);
        Columns.bind(nowAccessCol, SeatQuery.PersonSeatRow::accessLevel);
        Columns.bind(nowSinceCol, r -> date(r.assignedAt()));
        Columns.bind(nowLastUseCol, r -> r.lastUse() == null ? "" : r.lastUse().text());
        Columns.bind(nowCostCol, PersonProfile::cost);
        pastSeats.setItems(vm.past());
        Columns.bind(pastLicenseCol, SeatQuery.PersonSeatRow::displayName);
        Columns.bind(pastAccessCol, SeatQuery.PersonSeatRow::accessLevel);
        Columns.bind(pastSinceCol, r -> date(r.assignedAt()));
        Columns.bind(pastUntilCol, r -> date(r.revokedAt()));
        Columns.bind(pastReasonCol, r -> Labels.of("assignment.reason", r.reason()));
        Columns.bind(pastCostCol, PersonProfile::cost);
        if (historyPanel == null) {
            historyTitle.setVisible(false);
            historyTitle.setManaged(false);
        } else {
            historySlot.getChildren().setAll(historyPanel);
        }
        vm.personProperty().addListener((o, a, p) -> {
            if (p != null) {
                show(p);
            }
        });
    }

    private void show(PersonRow p) {
        titleLabel.setText(p.name());
        details.getChildren().setAll(new FieldSection(p.email())
            .add(Messages.get("person.field.status"), Labels.of("person.status", p.status()))
            .add(Messages.get("person.field.department"), p.department())
            .add(Messages.get("person.field.title"), p.jobTitle())
            .add(Messages.get("person.field.endDate"), p.endDate() == null ? null : Labels.date(p.endDate()))
            .add(Messages.get("person.field.lastSignIn"),
                p.lastSignIn() == null ? Messages.get("holders.never") : Labels.date(p.lastSignIn())));
    }

    @FXML
    private void onBack() {
        back.run();
    }

    @FXML
    private void onEdit() {
        PersonFormViewModel form = vm.editForm();
        PersonDialog dialog = new PersonDialog(form);
        dialog.initOwner(root.getScene().getWindow());
        form.load(() -> dialog.showAndWait().ifPresent(id -> vm.load()));
    }

    @FXML
    private void onOffboard() {
        PersonRow p = vm.personProperty().get();
        if (Confirm.ask(root, Messages.get("profile.offboard.confirm", p.name()))) {
            vm.offboard();
        }
    }

    private static String cost(SeatQuery.PersonSeatRow r) {
        return r.annualCost() == null ? Messages.get("license.noValue") : Money.format(r.annualCost(), r.currency());
    }

    private static String date(Instant i) {
        return i == null ? "" : Labels.date(LocalDate.ofInstant(i, ZoneId.systemDefault()));
    }
}

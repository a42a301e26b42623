package dev.seatledger.ui.people;

import dev.seatledger.ui.common.ListScreen;
import dev.seatledger.ui.common.Columns;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.people.OffboardingRow;
import dev.seatledger.core.people.PersonRow;
import dev.seatledger.core.people.PersonStatus;
import dev.seatledger.ui.common.Fxml;
import dev.seatledger.ui.common.Labels;
import dev.seatledger.ui.common.Notices;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import dev.seatledger.ui.shell.Shortcuts;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;

/** People list and offboarding queue. */
public class PeopleView {
    private final PeopleViewModel vm;
    private final LongConsumer openPerson;
    private Parent root;

    @FXML private ToggleButton everyoneToggle;
    @FXML private ToggleButton leavingToggle;
    @FXML private TextField searchField;
    @FXML private Button addButton;
    @FXML private ComboBox<String> departmentBox;
    @FXML private ComboBox<PersonStatus> statusBox;
    @FXML private Label countLabel;
    @FXML private Label noticeLabel;
    @FXML private Label noMatchLabel;
    @FXML private Label queueEmptyLabel;
    @FXML private TableView<PersonRow> table;
    @FXML private TableColumn<PersonRow, String> nameCol;
    @FXML private TableColumn<PersonRow, String> emailCol;
    @FXML private TableColumn<PersonRow, String> deptCol;
    @FXML private TableColumn<PersonRow, String> titleCol;
    @FXML private TableColumn<PersonRow, String> statusCol;
    @FXML private TableColumn<PersonRow, java.time.LocalDate> signInCol;
    @FXML private TableColumn<PersonRow, Long> seatsCol;
    @FXML private TableView<OffboardingRow> queueTable;
    @FXML private TableColumn<OffboardingRow, String> qNameCol;
    @FXML private TableColumn<OffboardingRow, String> qDeptCol;
    @FXML private TableColumn<OffboardingRow, OffboardingRow> qEndCol;
    @FXML private TableColumn<OffboardingRow, Long> qSeatsCol;
    @FXML private TableColumn<OffboardingRow, String> qCostCol;

    public PeopleView(PeopleViewModel vm, LongConsumer openPerson) {
        this.vm = vm;
        this.openPerson = openPerson;
    }

    public Parent root() {
        if (root == null) {
            root = Fxml.load(this);
        }
        return root;
    }

    @FXML
    private void initialize() {
        Shortcuts.tooltip(addButton, Shortcuts.ADD);
        ToggleGroup group = new ToggleGroup();
        everyoneToggle.setToggleGroup(group);
        leavingToggle.setToggleGroup(group);
        group.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                a.setSelected(true);
                return;
            }
            boolean leaving = t == leavingToggle;
            queueTable.setVisible(leaving);
            table.setVisible(!leaving);
        });
        vm.queue().addListener((javafx.collections.ListChangeListener<OffboardingRow>) c ->
            leavingToggle.setText(Messages.get("people.leaving") + "  " + vm.queue().size()));
        leavingToggle.setText(Messages.get("people.leaving") + "  0");

        departmentBox.setItems(vm.departments());
        departmentBox.getItems().add(0, null);
        vm.departments().addListener((javafx.collections.ListChangeListener<String>) c -> {
            if (!vm.departments().contains(null)) {
                vm.departments().add(0, null);
            }
        });
        departmentBox.setButtonCell(nullable(Messages.get("people.allDepartments")));
        departmentBox.setCellFactory(l -> nullable(Messages.get("people.allDepartments")));
        departmentBox.valueProperty().bindBidirectional(vm.departmentProperty());
        statusBox.getItems().add(null);
        statusBox.getItems().addAll(PersonStatus.values());
        statusBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PersonStatus s) {
                return s == null ? Messages.get("people.allStatuses") : Labels.of("person.status", s);
            }

            @Override
            public PersonStatus fromString(String s) {
                return null;
            }
        });
        statusBox.valueProperty().bindBidirectional(vm.statusProperty());

        ListScreen.of(table, vm.rows()).search(searchField, vm.searchProperty()).count(countLabel, vm::countText);
        ListScreen.placeholder(noMatchLabel, vm.loadingProperty(), Messages.get("people.reading"),
            Messages.get("people.noMatch"));
        ListScreen.placeholder(queueEmptyLabel, vm.loadingProperty(), Messages.get("people.reading"),
            Messages.get("people.queue.empty"));
        table.setOnKeyPressed(e -> {
            PersonRow selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && selected != null) {
                openPerson.accept(selected.id());
            }
        });
        Columns.bind(nameCol, r -> r.name());
        Columns.bind(emailCol, r -> r.email());
        Columns.bind(deptCol, r -> r.department());
        Columns.bind(titleCol, r -> r.jobTitle());
        Columns.bind(statusCol, r -> Labels.of("person.status", r.status()));
        Columns.bind(signInCol, r -> r.lastSignIn());
        signInCol.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(java.time.LocalDate d, boolean empty) {
                super.updateItem(d, empty);
                boolean loaded = getTableRow() != null && getTableRow().getItem() != null;
                setText(empty || !loaded ? null : d == null ? Messages.get("holders.never") : Labels.date(d));
            }
        });
        Columns.bind(seatsCol, r -> r.activeSeats());
        table.setRowFactory(t -> {
            TableRow<PersonRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && row.getItem() != null) {
                    openPerson.accept(row.getItem().id());
                }
            });
            return row;
        });

        queueTable.setItems(vm.queue());
        Columns.bind(qNameCol, r -> r.name());
        Columns.bind(qDeptCol, r -> r.department());
        Columns.bind(qEndCol, r -> r);
        qEndCol.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(OffboardingRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().removeAll("countdown-red", "countdown-amber");
                if (empty || r == null) {
                    setText(null);
                    return;
                }
                setText(Labels.date(r.endDate()));
                switch (vm.urgency(r)) {
                    case OVERDUE -> getStyleClass().add("countdown-red");
                    case SOON -> getStyleClass().add("countdown-amber");
                    default -> { }
                }
            }
        });
        Columns.bind(qSeatsCol, r -> r.seats());
        Columns.bind(qCostCol, r -> r.annualCostByCurrency().entrySet().stream()
            .map(e -> Money.format(e.getValue(), e.getKey())).collect(Collectors.joining(" + ")));
        queueTable.setRowFactory(t -> {
            TableRow<OffboardingRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openPerson.accept(row.getItem().personId());
                }
            });
            return row;
        });

        Notices.bind(noticeLabel, vm.noticeProperty(), vm.errorProperty());
    }

    private static ListCell<String> nullable(String nullText) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? nullText : item);
            }
        };
    }

    /** Ctrl/Cmd+F: the focus in the search box, its text selected. */
    void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    @FXML
    void onAdd() {
        PersonFormViewModel form = vm.newForm();
        PersonDialog d = new PersonDialog(form);
        d.initOwner(root.getScene().getWindow());
        d.showAndWait().ifPresent(id -> {
            vm.announce(Messages.get("people.added"));
            vm.refresh();
        });
    }
}

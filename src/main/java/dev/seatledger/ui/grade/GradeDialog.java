package dev.seatledger.ui.grade;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.grade.EvaluationRow;
import dev.seatledger.core.grade.GradeResult;
import dev.seatledger.ui.common.Columns;
import dev.seatledger.ui.common.FxmlDialog;
import dev.seatledger.ui.common.GradePill;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * The security grade dialog: questionnaire on the left, live letter, risk and reasons on the right, the
 * evaluation history below them, and AI proposals to review when an endpoint is configured.
 */
public class GradeDialog extends FxmlDialog<ButtonType> {
    private final GradeDialogViewModel vm;

    @FXML private ButtonType saveType;
    @FXML private ButtonType closeType;
    @FXML private HBox aiBar;
    @FXML private Label aiMessage;
    @FXML private Hyperlink cancelAiLink;
    @FXML private Button acceptAllButton;
    @FXML private Label askAiHolder;
    @FXML private Button askAiButton;
    @FXML private Label aiError;
    @FXML private ScrollPane questions;
    @FXML private Label gradeResultPill;
    @FXML private Label gradeScoreLabel;
    @FXML private VBox gradeReasons;
    @FXML private TableView<EvaluationRow> gradeHistory;
    @FXML private TableColumn<EvaluationRow, String> whenCol;
    @FXML private TableColumn<EvaluationRow, String> whoCol;
    @FXML private TableColumn<EvaluationRow, EvaluationRow> gradeCol;
    @FXML private TableColumn<EvaluationRow, Integer> scoreCol;

    public GradeDialog(GradeDialogViewModel vm) {
        super(null);
        this.vm = vm;
        titleProperty().bind(Bindings.createStringBinding(
            () -> Messages.get("grade.dialog.title", vm.productNameProperty().get()), vm.productNameProperty()));
        setResizable(true);
        loadPane();
        Button save = command(saveType, "saveGradeButton", () -> vm.save(() -> closeWith(saveType)));
        save.setDefaultButton(false);
        save.disableProperty().bind(vm.busyProperty());
        Button close = (Button) getDialogPane().lookupButton(closeType);
        close.setId("closeGradeButton");
        close.addEventFilter(ActionEvent.ACTION, e -> {
            if (!confirmDiscard()) {
                e.consume();
            }
        });
        setOnCloseRequest(e -> {
            if (getResult() == null && !confirmDiscard()) {
                e.consume();
            }
        });
        setResultConverter(b -> b);
        setOnShown(e -> fitToScreen());
    }

    @FXML
    private void initialize() {
        askAiButton.disableProperty().bind(vm.askingProperty().or(vm.busyProperty()));
        acceptAllButton.visibleProperty().bind(vm.hasProposalsProperty());
        acceptAllButton.managedProperty().bind(acceptAllButton.visibleProperty());
        cancelAiLink.visibleProperty().bind(vm.askingProperty());
        cancelAiLink.managedProperty().bind(cancelAiLink.visibleProperty());
        aiMessage.textProperty().bind(vm.aiMessageProperty());
        if (vm.aiConfigured()) {
            askAiHolder.setGraphic(null);
            aiBar.getChildren().set(aiBar.getChildren().indexOf(askAiHolder), askAiButton);
        } else {
            // a disabled button shows no tooltip by itself: the label around it explains why
            askAiButton.disableProperty().unbind();
            askAiButton.setDisable(true);
        }
        aiError.textProperty().bind(vm.errorProperty());
        aiError.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        aiError.managedProperty().bind(aiError.visibleProperty());
        questions.setContent(new QuestionnaireGrid(vm));

        gradeHistory.setItems(vm.history());
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());
        Columns.bind(whenCol, r -> format.format(r.evaluatedAt()));
        Columns.bind(whoCol, EvaluationRow::evaluatedBy);
        Columns.bind(gradeCol, r -> r);
        gradeCol.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(EvaluationRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(null);
                setGraphic(empty || r == null ? null : GradePill.create(r.letter(), r.riskLevel(),
                    String.join("\n", r.reasons())));
            }
        });
        Columns.bind(scoreCol, EvaluationRow::score);

        vm.resultProperty().addListener((o, a, r) -> showResult(r));
        showResult(vm.resultProperty().get());
    }

    @FXML
    private void onAskAi() {
        vm.askAi();
    }

    @FXML
    private void onAcceptAll() {
        vm.acceptAll();
    }

    @FXML
    private void onCancelAi() {
        vm.cancelAi();
    }

    /** Asks before changed answers are thrown away; true when the dialog may close. */
    private boolean confirmDiscard() {
        if (!vm.hasUnsavedAnswers()) {
            return true;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("grade.dialog.discard.text"));
        ask.initOwner(getDialogPane().getScene().getWindow());
        ask.setHeaderText(Messages.get("grade.dialog.discard.title"));
        ButtonType discard = new ButtonType(Messages.get("grade.dialog.discard.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(Messages.get("grade.dialog.discard.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ask.getButtonTypes().setAll(discard, keep);
        ask.getDialogPane().setId("discardGradeAlert");
        return ask.showAndWait().filter(discard::equals).isPresent();
    }

    /** Opens at the designed size, never larger than the screen, centred on the owner. */
    private void fitToScreen() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        setWidth(Math.min(getDialogPane().getPrefWidth(), screen.getWidth() - 40));
        setHeight(Math.min(getDialogPane().getPrefHeight(), screen.getHeight() - 40));
        Window owner = getOwner();
        double x = owner == null ? screen.getMinX() + (screen.getWidth() - getWidth()) / 2
            : owner.getX() + (owner.getWidth() - getWidth()) / 2;
        double y = owner == null ? screen.getMinY() + (screen.getHeight() - getHeight()) / 2
            : owner.getY() + (owner.getHeight() - getHeight()) / 2;
        setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - getWidth())));
        setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - getHeight())));
    }

    private void showResult(GradeResult r) {
        GradePill.show(gradeResultPill, r.letter().name(), r.risk().name());
        gradeScoreLabel.setText(Messages.get("grade.dialog.score", r.score(), r.risk().label()));
        gradeReasons.getChildren().clear();
        if (r.reasons().isEmpty()) {
            Label none = new Label(Messages.get("grade.dialog.noReasons"));
            none.getStyleClass().add("text-muted");
            gradeReasons.getChildren().add(none);
        }
        for (String reason : r.reasons()) {
            Label l = new Label("• " + reason);
            l.setWrapText(true);
            l.getStyleClass().add("grade-reason");
            gradeReasons.getChildren().add(l);
        }
    }
}

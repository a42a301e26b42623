package dev.seatledger.ui.grade;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.grade.EvaluationRow;
import dev.seatledger.core.grade.GradeResult;
import dev.seatledger.ui.common.GradePill;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The security grade dialog: questionnaire on the left, live letter, risk and reasons on the right, the
 * evaluation history below them, and AI proposals to review when an endpoint is configured.
 */
public class GradeDialog extends Dialog<ButtonType> {
    static final double WIDTH = 1180;
    static final double HEIGHT = 720;

    private final GradeDialogViewModel vm;
    private final Label pill = GradePill.create(null, null);
    private final Label scoreLabel = new Label();
    private final VBox reasons = new VBox(4);

    public GradeDialog(GradeDialogViewModel vm) {
        this.vm = vm;
        titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
            () -> Messages.get("grade.dialog.title", vm.productNameProperty().get()), vm.productNameProperty()));
        setHeaderText(null);
        setResizable(true);
        ButtonType save = new ButtonType(Messages.get("grade.dialog.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(Messages.get("grade.dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(save, close);

        BorderPane content = new BorderPane();
        content.setTop(aiBar());
        ScrollPane questions = new ScrollPane(new QuestionnaireGrid(vm));
        questions.setFitToWidth(true);
        questions.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        content.setCenter(questions);
        content.setRight(resultPanel());
        BorderPane.setMargin(questions, new Insets(8, 12, 0, 0));
        getDialogPane().setContent(content);
        getDialogPane().setPrefSize(WIDTH, HEIGHT);
        getDialogPane().setMinSize(900, 560);
        getDialogPane().getStyleClass().add("grade-dialog");

        vm.resultProperty().addListener((o, a, r) -> showResult(r));
        showResult(vm.resultProperty().get());

        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("saveGradeButton");
        saveButton.setDefaultButton(false);
        saveButton.disableProperty().bind(vm.busyProperty());
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save(() -> {
                setResult(save);
                close();
            });
        });
        Button closeButton = (Button) getDialogPane().lookupButton(close);
        closeButton.setId("closeGradeButton");
        closeButton.addEventFilter(ActionEvent.ACTION, e -> {
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

    /** Asks before changed answers are thrown away; true when the dialog may close. */
    private boolean confirmDiscard() {
        if (!vm.hasUnsavedAnswers()) {
            return true;
        }
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
            Messages.get("grade.dialog.discard.text"));
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
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        setWidth(Math.min(WIDTH, screen.getWidth() - 40));
        setHeight(Math.min(HEIGHT, screen.getHeight() - 40));
        javafx.stage.Window owner = getOwner();
        double x = owner == null ? screen.getMinX() + (screen.getWidth() - getWidth()) / 2
            : owner.getX() + (owner.getWidth() - getWidth()) / 2;
        double y = owner == null ? screen.getMinY() + (screen.getHeight() - getHeight()) / 2
            : owner.getY() + (owner.getHeight() - getHeight()) / 2;
        setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - getWidth())));
        setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - getHeight())));
    }

    private VBox aiBar() {
        Button ask = new Button(Messages.get("grade.ai.ask"));
        ask.setId("askAiButton");
        boolean configured = vm.aiConfigured();
        ask.disableProperty().bind(vm.askingProperty().or(vm.busyProperty()));
        ask.setOnAction(e -> vm.askAi());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button acceptAll = new Button(Messages.get("grade.ai.acceptAll"));
        acceptAll.setId("acceptAllButton");
        acceptAll.visibleProperty().bind(vm.hasProposalsProperty());
        acceptAll.managedProperty().bind(acceptAll.visibleProperty());
        acceptAll.setOnAction(e -> vm.acceptAll());
        Hyperlink cancel = new Hyperlink(Messages.get("grade.ai.cancel"));
        cancel.visibleProperty().bind(vm.askingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancelAi());
        Label message = new Label();
        message.setId("aiMessage");
        message.setWrapText(true);
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(vm.aiMessageProperty());
        Label intro = new Label(Messages.get("grade.dialog.intro"));
        intro.getStyleClass().add("text-muted");
        intro.setWrapText(true);
        HBox bar = new HBox(10, intro, spacer, message, cancel, acceptAll);
        bar.setAlignment(Pos.CENTER_LEFT);
        ask.setMinWidth(Region.USE_PREF_SIZE);
        acceptAll.setMinWidth(Region.USE_PREF_SIZE);
        message.setMaxWidth(360);
        HBox.setHgrow(intro, Priority.SOMETIMES);
        if (configured) {
            bar.getChildren().add(ask);
        } else {
            // a disabled button shows no tooltip by itself: wrap it so the reason is still explained
            ask.disableProperty().unbind();
            ask.setDisable(true);
            Label holder = new Label(null, ask);
            holder.setTooltip(new Tooltip(Messages.get("grade.ai.notConfigured")));
            holder.setId("askAiHolder");
            bar.getChildren().add(holder);
        }
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return new VBox(6, bar, error);
    }

    private VBox resultPanel() {
        pill.setId("gradeResultPill");
        pill.getStyleClass().add("grade-pill-large");
        scoreLabel.setId("gradeScoreLabel");
        scoreLabel.setWrapText(true);
        Label why = new Label(Messages.get("grade.dialog.reasons"));
        why.getStyleClass().add("text-bold");
        ScrollPane reasonScroll = new ScrollPane(reasons);
        reasonScroll.setFitToWidth(true);
        reasonScroll.setPrefViewportHeight(190);
        reasons.setId("gradeReasons");
        reasons.setPadding(new Insets(2, 4, 2, 2));
        Label historyTitle = new Label(Messages.get("grade.dialog.history"));
        historyTitle.getStyleClass().add("text-bold");
        TableView<EvaluationRow> table = historyTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        pill.setMinWidth(Region.USE_PREF_SIZE);
        VBox head = new VBox(4, pill, scoreLabel);
        VBox panel = new VBox(8, head, why, reasonScroll, historyTitle, table);
        panel.setPrefWidth(410);
        panel.setMinWidth(410);
        panel.setPadding(new Insets(8, 0, 0, 0));
        return panel;
    }

    private TableView<EvaluationRow> historyTable() {
        TableView<EvaluationRow> table = new TableView<>(vm.history());
        table.setId("gradeHistory");
        table.setPlaceholder(new Label(Messages.get("grade.dialog.noHistory")));
        TableColumn<EvaluationRow, String> when = new TableColumn<>(Messages.get("grade.history.col.when"));
        java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter
            .ofLocalizedDateTime(java.time.format.FormatStyle.SHORT).withZone(java.time.ZoneId.systemDefault());
        when.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(format.format(c.getValue().evaluatedAt())));
        when.setPrefWidth(150);
        TableColumn<EvaluationRow, String> who = new TableColumn<>(Messages.get("grade.history.col.who"));
        who.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().evaluatedBy()));
        who.setPrefWidth(60);
        TableColumn<EvaluationRow, EvaluationRow> grade = new TableColumn<>(Messages.get("grade.history.col.grade"));
        grade.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        grade.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(EvaluationRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(null);
                setGraphic(empty || r == null ? null : GradePill.create(r.letter(), r.riskLevel(),
                    String.join("\n", r.reasons())));
            }
        });
        grade.setPrefWidth(105);
        TableColumn<EvaluationRow, Integer> score = new TableColumn<>(Messages.get("grade.history.col.score"));
        score.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().score()));
        score.getStyleClass().add("numeric");
        score.setPrefWidth(60);
        table.getColumns().setAll(java.util.List.of(when, who, grade, score));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private void showResult(GradeResult r) {
        GradePill.show(pill, r.letter().name(), r.risk().name());
        scoreLabel.setText(Messages.get("grade.dialog.score", r.score(), r.risk().label()));
        reasons.getChildren().clear();
        if (r.reasons().isEmpty()) {
            Label none = new Label(Messages.get("grade.dialog.noReasons"));
            none.getStyleClass().add("text-muted");
            reasons.getChildren().add(none);
        }
        for (String reason : r.reasons()) {
            Label l = new Label("• " + reason);
            l.setWrapText(true);
            l.getStyleClass().add("grade-reason");
            reasons.getChildren().add(l);
        }
    }
}

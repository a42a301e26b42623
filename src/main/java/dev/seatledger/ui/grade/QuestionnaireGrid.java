package dev.seatledger.ui.grade;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.grade.Answer;
import dev.seatledger.core.grade.FactAnswer;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The questions: each with Yes / No / Unknown, a source or note, and the AI proposal when there is one. */
final class QuestionnaireGrid extends GridPane {

    QuestionnaireGrid(GradeDialogViewModel vm) {
        setHgap(12);
        setVgap(4);
        setPadding(new Insets(4, 8, 8, 4));
        ColumnConstraints question = new ColumnConstraints(220, 300, Double.MAX_VALUE);
        question.setHgrow(Priority.ALWAYS);
        ColumnConstraints answers = new ColumnConstraints(235);
        ColumnConstraints source = new ColumnConstraints(150, 190, 260);
        getColumnConstraints().setAll(question, answers, source);
        Label qh = header(Messages.get("grade.col.question"));
        Label ah = header(Messages.get("grade.col.answer"));
        Label sh = header(Messages.get("grade.col.source"));
        addRow(0, qh, ah, sh);
        int row = 1;
        for (FactRowModel fact : vm.facts()) {
            addFact(vm, fact, row);
            row += 2;
        }
    }

    private void addFact(GradeDialogViewModel vm, FactRowModel fact, int row) {
        String id = fact.fact().id();
        Label question = new Label(fact.fact().question());
        question.setWrapText(true);
        question.setMinHeight(Label.USE_PREF_SIZE);
        ToggleGroup group = new ToggleGroup();
        HBox choices = new HBox(10);
        choices.setAlignment(Pos.CENTER_LEFT);
        for (Answer a : Answer.values()) {
            RadioButton b = new RadioButton(Messages.get("grade.answer." + a.name().toLowerCase(Locale.ROOT)));
            b.setId("answer-" + id + "-" + a.name().toLowerCase(Locale.ROOT));
            b.setUserData(a);
            b.setToggleGroup(group);
            b.setSelected(fact.answerProperty().get() == a);
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            choices.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, old, t) -> {
            if (t == null) {
                group.selectToggle(old);
            } else {
                fact.answerProperty().set((Answer) t.getUserData());
            }
        });
        fact.answerProperty().addListener((o, old, a) -> group.getToggles().stream()
            .filter(t -> t.getUserData() == a).findFirst().ifPresent(group::selectToggle));
        TextField source = new TextField();
        source.setId("source-" + id);
        source.setPromptText(Messages.get("grade.source.prompt"));
        source.textProperty().bindBidirectional(fact.sourceProperty());
        addRow(row, question, choices, source);

        Label proposal = new Label();
        proposal.setId("proposal-" + id);
        proposal.setWrapText(true);
        proposal.getStyleClass().add("grade-proposal");
        Button accept = new Button(Messages.get("grade.ai.accept"));
        accept.setId("accept-" + id);
        accept.getStyleClass().addAll("small", "flat");
        accept.setOnAction(e -> vm.accept(fact.fact()));
        HBox line = new HBox(8, proposal, accept);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setPadding(new Insets(0, 0, 6, 0));
        fact.proposalProperty().addListener((o, a, p) -> showProposal(line, proposal, p));
        showProposal(line, proposal, fact.proposalProperty().get());
        add(line, 0, row + 1, 3, 1);
    }

    private static void showProposal(HBox line, Label label, FactAnswer p) {
        line.setVisible(p != null);
        line.setManaged(p != null);
        if (p != null) {
            String answer = Messages.get("grade.answer." + p.answer().name().toLowerCase(Locale.ROOT));
            label.setText(p.source() == null ? Messages.get("grade.ai.proposal", answer)
                : Messages.get("grade.ai.proposalWithSource", answer, p.source()));
        }
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        return l;
    }
}

package dev.seatledger.ui.grade;

import dev.seatledger.core.grade.GradeQuery;
import dev.seatledger.core.grade.GradeService;
import dev.seatledger.ui.common.TaskExecutor;
import javafx.scene.control.ButtonBar;
import javafx.stage.Window;

/** Opens the security grade dialog for a product from the catalog or a license page. */
public class GradeDialogs {
    private final GradeService service;
    private final GradeQuery query;
    private final TaskExecutor executor;

    public GradeDialogs(GradeService service, GradeQuery query, TaskExecutor executor) {
        this.service = service;
        this.query = query;
        this.executor = executor;
    }

    /** Shows the dialog and loads the product's latest answers into it; {@code onSaved} runs after a save. */
    public void open(Window owner, long productId, Runnable onSaved) {
        GradeDialogViewModel vm = new GradeDialogViewModel(service, query, executor, productId);
        GradeDialog dialog = new GradeDialog(vm);
        dialog.initOwner(owner);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null && dialog.getResult().getButtonData() == ButtonBar.ButtonData.OK_DONE) {
                onSaved.run();
            }
        });
        dialog.show();
        vm.load(() -> { });
    }
}

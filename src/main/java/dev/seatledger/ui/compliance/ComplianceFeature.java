package dev.seatledger.ui.compliance;

import dev.seatledger.core.compliance.ComplianceQuery;
import dev.seatledger.ui.common.TaskExecutor;
import dev.seatledger.ui.shell.MainWindow;
import java.util.function.Supplier;

/** The Compliance tab, built when first opened, which reads the position each time it is shown. */
public class ComplianceFeature {
    private final ComplianceQuery query;
    private final Supplier<String> base;
    private final TaskExecutor executor;

    /** {@code base}: the currency amounts are shown in, as the settings say at each read. */
    public ComplianceFeature(ComplianceQuery query, Supplier<String> base, TaskExecutor executor) {
        this.query = query;
        this.base = base;
        this.executor = executor;
    }

    public void install(MainWindow shell) {
        shell.setCompliance(() -> {
            ComplianceViewModel vm = new ComplianceViewModel(query, base, executor);
            ComplianceView view = new ComplianceView(vm);
            shell.onShown(view.root(), vm::load);
            shell.setCommands(view.root(), view.commands());
            return view.root();
        });
    }
}

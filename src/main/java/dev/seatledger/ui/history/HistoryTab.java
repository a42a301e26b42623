package dev.seatledger.ui.history;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.history.HistoryQuery;
import dev.seatledger.core.history.SubjectType;
import dev.seatledger.ui.common.TaskExecutor;
import dev.seatledger.ui.license.LicensePageContext;
import dev.seatledger.ui.license.LicensePageTab;
import javafx.scene.Node;

/** The license page's History tab, read again whenever the page reads the license or another tab changes it. */
public class HistoryTab implements LicensePageTab {
    private final HistoryQuery history;
    private final TaskExecutor executor;

    public HistoryTab(HistoryQuery history, TaskExecutor executor) {
        this.history = history;
        this.executor = executor;
    }

    @Override
    public String title() {
        return Messages.get("license.group.history");
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Node create(LicensePageContext page) {
        HistoryPanel panel = new HistoryPanel(history, executor, SubjectType.LICENSE, page.licenseId());
        page.onChanged(panel::refresh);
        page.detail().addListener((o, was, now) -> panel.refresh());
        return panel.root();
    }
}

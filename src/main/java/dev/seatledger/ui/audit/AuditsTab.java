package dev.seatledger.ui.audit;

import dev.seatledger.core.audit.AuditService;
import dev.seatledger.core.common.Messages;
import dev.seatledger.ui.common.TaskExecutor;
import dev.seatledger.ui.license.LicensePageContext;
import dev.seatledger.ui.license.LicensePageTab;
import javafx.scene.Node;

/**
 * The license page's Usage audits tab, and the "Audit in progress" banner under the page's title; a completed audit
 * sets the recorded seat figure, so the page and its other tabs read the license again.
 */
public class AuditsTab implements LicensePageTab {
    private final AuditService audits;
    private final TaskExecutor executor;

    public AuditsTab(AuditService audits, TaskExecutor executor) {
        this.audits = audits;
        this.executor = executor;
    }

    @Override
    public String title() {
        return Messages.get("license.group.audits");
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Node create(LicensePageContext page) {
        AuditPanelViewModel vm = new AuditPanelViewModel(audits, executor, page.licenseId());
        vm.setOnChange(() -> {
            page.reload();
            page.changed();
        });
        page.bindBanner(vm.bannerProperty());
        return new AuditPanel(vm).root();
    }
}

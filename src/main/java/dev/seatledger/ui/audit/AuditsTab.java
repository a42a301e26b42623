package dev.seatledger.ui.audit;

import dev.seatledger.core.audit.AuditService;
import dev.seatledger.core.audit.VendorAudit;
import dev.seatledger.core.common.Messages;
import dev.seatledger.ui.common.TaskExecutor;
import dev.seatledger.ui.license.LicensePageContext;
import dev.seatledger.ui.license.LicensePageTab;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The license page's Usage audits tab, and the "Audit in progress" banner under the page's title; a completed audit
 * sets the recorded seat figure, so the page and its other tabs read the license again.
 */
public class AuditsTab implements LicensePageTab {
    private final AuditService audits;
    private final VendorAudit vendor;
    private final TaskExecutor executor;
    private final Function<Window, Path> chooseExport;

    public AuditsTab(AuditService audits, VendorAudit vendor, TaskExecutor executor) {
        this(audits, vendor, executor, AuditsTab::chooseExport);
    }

    /** {@code chooseExport} asks for a vendor's export; a test gives its file. */
    public AuditsTab(AuditService audits, VendorAudit vendor, TaskExecutor executor,
                     Function<Window, Path> chooseExport) {
        this.audits = audits;
        this.vendor = vendor;
        this.executor = executor;
        this.chooseExport = chooseExport;
    }

    private static Path chooseExport(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("audit.vendor.window.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Messages.get("audit.vendor.window.files"),
            "*.csv", "*.json", "*.txt"), new FileChooser.ExtensionFilter("*", "*.*"));
        File file = chooser.showOpenDialog(owner);
        return file == null ? null : file.toPath();
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
        AuditPanelViewModel vm = new AuditPanelViewModel(audits, vendor, executor, page.licenseId());
        vm.setOnChange(() -> {
            page.reload();
            page.changed();
        });
        page.bindBanner(vm.bannerProperty());
        return new AuditPanel(vm, chooseExport).root();
    }
}

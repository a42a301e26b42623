package dev.seatledger.ui.license;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.license.TermQuery;
import dev.seatledger.core.renewal.ReviewPackQuery;
import dev.seatledger.ui.common.TaskExecutor;
import java.util.function.Supplier;
import javafx.scene.Node;

/** The license page's Price history tab, read again whenever the page reads the license or a tab changes it. */
public class PriceHistoryTab implements LicensePageTab {
    private final TermQuery terms;
    private final ReviewPackQuery packs;
    private final Supplier<String> base;
    private final TaskExecutor executor;

    /** {@code base}: the currency the review pack's totals are in, as the settings say when it is written. */
    public PriceHistoryTab(TermQuery terms, ReviewPackQuery packs, Supplier<String> base, TaskExecutor executor) {
        this.terms = terms;
        this.packs = packs;
        this.base = base;
        this.executor = executor;
    }

    @Override
    public String title() {
        return Messages.get("termui.history.tab");
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public Node create(LicensePageContext page) {
        PriceHistoryViewModel vm = new PriceHistoryViewModel(terms, packs, base, executor, page.licenseId());
        PriceHistoryPanel panel = new PriceHistoryPanel(vm);
        page.onChanged(vm::load);
        page.detail().addListener((o, was, now) -> vm.load());
        vm.load();
        return panel.root();
    }
}

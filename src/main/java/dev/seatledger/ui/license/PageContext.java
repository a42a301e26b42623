package dev.seatledger.ui.license;

import dev.seatledger.core.license.LicenseDetail;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** One opened license page as its tabs see it. */
final class PageContext implements LicensePageContext {
    private final LicensePage page;
    private final Label banner;
    private final Consumer<Parent> showSubPage;
    private final Runnable backToPage;
    private final List<Runnable> onChanged = new ArrayList<>();

    PageContext(LicensePage page, Label banner, Consumer<Parent> showSubPage, Runnable backToPage) {
        this.page = page;
        this.banner = banner;
        this.showSubPage = showSubPage;
        this.backToPage = backToPage;
    }

    @Override
    public long licenseId() {
        return page.viewModel().licenseId();
    }

    @Override
    public ObservableValue<LicenseDetail> detail() {
        return page.viewModel().detailProperty();
    }

    @Override
    public void reload() {
        page.viewModel().load();
    }

    @Override
    public void announce(String message) {
        page.viewModel().announce(message);
    }

    @Override
    public Window window() {
        return page.root().getScene().getWindow();
    }

    @Override
    public void changed() {
        List.copyOf(onChanged).forEach(Runnable::run);
    }

    @Override
    public void onChanged(Runnable refresh) {
        onChanged.add(refresh);
    }

    @Override
    public void bindBanner(ObservableStringValue text) {
        banner.textProperty().bind(text);
        banner.visibleProperty().bind(Bindings.isNotEmpty(text));
        banner.managedProperty().bind(banner.visibleProperty());
    }

    @Override
    public void showSubPage(Parent content) {
        showSubPage.accept(content);
    }

    @Override
    public void backToPage() {
        backToPage.run();
    }
}

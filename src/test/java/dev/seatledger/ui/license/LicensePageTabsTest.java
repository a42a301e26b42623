package dev.seatledger.ui.license;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.services.AppServices;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.testing.TestScenes;
import dev.seatledger.ui.common.FxTaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A license page shows the tabs features registered, in their order, each built with a context that reaches the
 * page: a change one tab reports reaches the others, a banner shows under the title, a sub-page replaces the page.
 */
@ExtendWith(ApplicationExtension.class)
class LicensePageTabsTest {
    private static TestDatabase db;
    private static long license;
    private FxTaskExecutor executor;
    private LicensesSection section;
    private final List<LicensePageContext> contexts = new ArrayList<>();
    private final List<String> refreshed = new ArrayList<>();
    private final SimpleStringProperty bannerText = new SimpleStringProperty("");

    @BeforeAll
    static void openDatabase() {
        db = TestDatabase.create();
        AppServices s = db.services();
        license = s.licenses().create(LicenseDraft.defaults(s.products().create(ProductDraft.of("Miro", "Miro", null)))
            .withName("Business")).id();
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        AppServices s = db.services();
        executor = new FxTaskExecutor();
        section = new LicensesSection(s.licenses(), s.licenseQuery(), s.catalog(), executor, db.fixedClock());
        section.addPageTab(LicensePageTab.of("Later", 40, page -> {
            page.onChanged(() -> refreshed.add("later"));
            return new Label("later content");
        }));
        section.addPageTab(LicensePageTab.of("First", 10, page -> {
            contexts.add(page);
            page.bindBanner(bannerText);
            return new Label("first content");
        }));
        TestScenes.show(stage, section.root(), 1100, 760);
    }

    @AfterEach
    void close() {
        executor.close();
    }

    @Test
    void tabsInOrderWithAContextThatReachesThePage(FxRobot robot) throws Exception {
        robot.interact(() -> section.openLicense(license));
        TabPane tabs = robot.lookup(".related-tabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(Tab::getText).containsExactly("First", "Later");
        LicensePageContext page = contexts.get(0);
        assertThat(page.licenseId()).isEqualTo(license);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> page.detail().getValue() != null);
        assertThat(page.detail().getValue().displayName()).contains("Business");

        robot.interact(page::changed);
        assertThat(refreshed).containsExactly("later");

        Label banner = robot.lookup(".audit-banner").queryAs(Label.class);
        assertThat(banner.isVisible()).isFalse();
        robot.interact(() -> bannerText.set("Audit in progress"));
        assertThat(banner.isVisible()).isTrue();

        Label sub = new Label("all holders");
        robot.interact(() -> page.showSubPage(sub));
        assertThat(section.root().getChildrenUnmodifiable()).containsExactly(sub);
        robot.interact(page::backToPage);
        assertThat(section.root().getChildrenUnmodifiable()).containsExactly(section.currentPage().root());
    }
}

package dev.seatledger.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.audit.VendorAudit;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.License;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.testing.TestScenes;
import dev.seatledger.ui.common.FxTaskExecutor;
import dev.seatledger.ui.license.LicensePage;
import dev.seatledger.ui.license.LicensePageViewModel;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
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

@ExtendWith(ApplicationExtension.class)
class AuditBannerTest {
    private static TestDatabase db;
    private static long license;
    private FxTaskExecutor executor;

    @BeforeAll
    static void data() {
        db = TestDatabase.create();
        long product = db.services().products().create(ProductDraft.of("Zoom", "Zoom Video Communications", null));
        license = db.services().licenses().create(LicenseDraft.defaults(product).withSeats(60, SeatType.USER)).id();
        db.services().tx().run(s -> s.find(License.class, license).setSeatsUsed(48));
    }

    @Start
    void start(Stage stage) {
        AppServices s = db.services();
        executor = new FxTaskExecutor();
        AuditsTab audits = new AuditsTab(s.audits(), new VendorAudit(s.tx(), s.audits(), s.assignments()), executor);
        LicensePage page = new LicensePage(new LicensePageViewModel(s.licenses(), s.catalog(), executor, db.fixedClock(),
            license), () -> { }, () -> { }, List.of(audits));
        TestScenes.show(stage, page.root(), 1100, 760);
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static Label banner(FxRobot robot) {
        return robot.lookup(".audit-banner").queryAs(Label.class);
    }

    @Test
    void bannerAppearsAfterStartAndDisappearsAfterCompletion(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup(".related-tabs").queryAs(TabPane.class).getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#startAuditButton").queryButton().isVisible());
        assertThat(banner(robot).isVisible()).isFalse();

        robot.clickOn("#startAuditButton");
        robot.clickOn("OK");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> banner(robot).isVisible());
        assertThat(banner(robot).getText()).startsWith("Audit in progress").contains("tester").contains("48 seats");

        robot.clickOn("#completeAuditButton");
        TextField count = robot.lookup("#countField").queryAs(TextField.class);
        robot.interact(() -> count.setText("41"));
        robot.clickOn("#saveAuditButton");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !banner(robot).isVisible());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
            () -> db.services().seats().summary(license).recordedUsed() == 41);
        assertThat(robot.lookup("#auditHistory").queryTableView().getItems()).hasSize(1);
    }
}

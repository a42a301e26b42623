package dev.seatledger.ui.license;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.testing.TestScenes;
import dev.seatledger.ui.common.FxTaskExecutor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
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

/** Saving a new license opens its page with "License added to inventory" (PRODUCT.md section 3). */
@ExtendWith(ApplicationExtension.class)
class LicenseAddedTest {
    private static TestDatabase db;
    private FxTaskExecutor executor;

    /** Before the stage is set up: a cold start of the database can outlast TestFX's set-up time limit. */
    @BeforeAll
    static void openDatabase() {
        db = TestDatabase.create();
        db.services().products().create(ProductDraft.of("Figma", "Figma", "Design"));
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        AppServices s = db.services();
        executor = new FxTaskExecutor();
        LicensesSection section = new LicensesSection(s.licenses(), s.licenseQuery(), s.catalog(), executor,
            db.fixedClock());
        TestScenes.show(stage, section.root(), 1240, 760);
    }

    @AfterEach
    void close() {
        executor.close();
    }

    private List<LicenseDraft> licenses() {
        return db.services().tx().read(s -> s.createSelectionQuery("select l.id from License l", Long.class)
            .getResultList()).stream().map(id -> db.services().licenses().draftOf(id)).toList();
    }

    @Test
    void savingANewLicenseOpensItsPageSayingItWasAdded(FxRobot robot) throws Exception {
        robot.clickOn("#addButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#productField").tryQuery()
            .map(n -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
            .orElse(false) && !robot.lookup("#productField").queryComboBox().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#productField").clickOn("Figma");
        robot.clickOn("#nameField").write("Organization");
        robot.clickOn("#seatsTotalField");
        robot.interact(() -> robot.lookup("#seatsTotalField").queryTextInputControl().selectAll()); // over the default 1
        robot.write("25");
        robot.clickOn("#saveLicenseButton");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".title-2").tryQueryAs(Label.class)
            .map(l -> l.getText().equals("Figma — Organization")).orElse(false));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
            () -> "License added to inventory".equals(robot.lookup("#noticeLabel").queryAs(Label.class).getText()));
        assertThat(licenses()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("Organization");
            assertThat(d.seatsTotal()).isEqualTo(25);
        });
    }
}

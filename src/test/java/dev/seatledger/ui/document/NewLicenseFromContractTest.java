package dev.seatledger.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.catalog.ProductOption;
import dev.seatledger.core.document.DocumentKind;
import dev.seatledger.core.document.DocumentRow;
import dev.seatledger.core.document.TestFiles;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.services.AppServices;
import dev.seatledger.testing.Snapshots;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.testing.TestScenes;
import dev.seatledger.ui.common.FxTaskExecutor;
import dev.seatledger.ui.license.LicensesSection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class NewLicenseFromContractTest {
    private static TestDatabase db;
    private FxTaskExecutor executor;
    private LicensesSection section;
    private NewLicenseFromContract flow;

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor();
        AppServices s = db.services();
        section = new LicensesSection(s.licenses(), s.licenseQuery(), s.catalog(), executor, db.fixedClock());
        flow = new NewLicenseFromContract(section, s.contractTerms(), s.documents(), executor);
        flow.install();
        TestScenes.show(stage, section.root(), 1200, 800);
    }

    @org.junit.jupiter.api.BeforeAll
    static void openDatabase() {
        db = TestDatabase.create();
    }

    @AfterEach
    void close() {
        executor.close();
    }

    @org.junit.jupiter.api.AfterAll
    static void closeDatabase() {
        db.close();
    }

    @Test
    void contractBecomesACatalogProductAndAFilledLicenseDialogThenIsAttached(FxRobot robot, @TempDir Path dir)
            throws Exception {
        assertThat(robot.lookup("New license from contract…").tryQuery()).isPresent();
        Path pdf = TestFiles.pdf(dir.resolve("Thames quote.pdf"), TestFiles.lines("thames-analytics-quote.txt"));

        robot.interact(() -> flow.fromFile(pdf));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#saveLicenseButton").tryQuery().isPresent());
        assertThat(db.services().catalog().options()).extracting(ProductOption::name).contains("Thames Insight Cloud");
        robot.interact(() -> Snapshots.save(robot.lookup("#saveLicenseButton").query().getScene(), "license-from-contract"));

        robot.clickOn("#saveLicenseButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> db.services().licenseQuery() != null
            && !licensesOf("Thames Insight Cloud").isEmpty()
            && !db.services().documents().list(licensesOf("Thames Insight Cloud").get(0), false).isEmpty());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".notice-banner").queryAll().stream()
            .anyMatch(n -> ((javafx.scene.control.Label) n).getText().startsWith("License created from Thames quote.pdf")));
        long id = licensesOf("Thames Insight Cloud").get(0);
        LicenseDraft d = db.services().licenses().draftOf(id);
        assertThat(d.seatsTotal()).isEqualTo(75);
        assertThat(d.currency()).isEqualTo("GBP");
        assertThat(d.renewalNoticeDays()).isEqualTo(60);
        assertThat(d.autoRenew()).isTrue();
        assertThat(d.expiryDate()).isEqualTo(java.time.LocalDate.of(2027, 3, 31));
        List<DocumentRow> docs = db.services().documents().list(id, false);
        assertThat(docs).extracting(DocumentRow::fileName, DocumentRow::kind)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("Thames quote.pdf", DocumentKind.CONTRACT));
    }

    private List<Long> licensesOf(String product) {
        return db.services().tx().read(session -> session.createSelectionQuery(
                "select l.id from License l where l.product.name = :n", Long.class)
            .setParameter("n", product).getResultList());
    }
}

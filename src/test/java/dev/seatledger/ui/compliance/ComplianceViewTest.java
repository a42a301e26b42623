package dev.seatledger.ui.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.compliance.ComplianceQuery;
import dev.seatledger.core.compliance.ComplianceRow;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.core.telemetry.ParsedTelemetry;
import dev.seatledger.core.telemetry.TelemetryRecord;
import dev.seatledger.services.AppServices;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.testing.TestScenes;
import dev.seatledger.ui.common.FxTaskExecutor;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Compliance tab on a small inventory (today 2026-03-15): Figma has 2 user seats at 100 EUR a year, both held, and 3
 * devices report it, so it is one seat short (100 EUR exposure); Slack is unlimited and shown apart.
 */
@ExtendWith(ApplicationExtension.class)
class ComplianceViewTest {
    private static TestDatabase db;
    private FxTaskExecutor executor;
    private ComplianceViewModel vm;

    @TempDir
    Path folder;

    @BeforeAll
    static void openDatabase() {
        db = TestDatabase.create();
        AppServices s = db.services();
        long figma = s.products().create(ProductDraft.of("Figma", "Figma Inc", null));
        long license = s.licenses().create(LicenseDraft.defaults(figma).copy().seatType(SeatType.USER).seatsTotal(2)
            .costPerSeat(new BigDecimal("100.00")).currency("EUR").billingCycle(BillingCycle.ANNUAL).build()).id();
        long slack = s.products().create(ProductDraft.of("Slack", "Slack Inc", null));
        s.licenses().create(LicenseDraft.defaults(slack).copy().seatType(SeatType.UNLIMITED).seatsTotal(null)
            .totalCost(new BigDecimal("1000.00")).currency("EUR").billingCycle(BillingCycle.ANNUAL).build());
        List<TelemetryRecord> devices = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            long person = s.people().create(PersonDraft.of("Person " + n, "p" + n + "@example.com", "Design"));
            if (n <= 2) {
                s.assignments().assign(license, person, AssignmentDraft.EMPTY);
            }
            LocalDate used = LocalDate.of(2026, 3, 1);
            devices.add(new TelemetryRecord(n + 1, "host-" + n, "p" + n + "@example.com", "Figma", null, "1", true, used,
                true, Instant.parse("2026-03-14T08:00:00Z")));
        }
        s.telemetryImporter().importParsed(new ParsedTelemetry(devices, List.of()), Progress.NONE);
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        AppServices s = db.services();
        executor = new FxTaskExecutor();
        vm = new ComplianceViewModel(new ComplianceQuery(s.tx(), db.clock(), s.utilization()::cutoff, s.finance()::rates),
            () -> "EUR", executor);
        ComplianceView view = new ComplianceView(vm);
        TestScenes.show(stage, view.root(), 1280, 800);
        vm.load();
    }

    @AfterEach
    void close() {
        executor.close();
    }

    @Test
    void aShortfallRowIsShownWithItsExposureAndTheUnlimitedLicenseApart(FxRobot robot) throws Exception {
        TableView<ComplianceRow> compared = robot.lookup("#comparedTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !compared.getItems().isEmpty());
        ComplianceRow figma = compared.getItems().get(0);
        assertThat(figma.product()).isEqualTo("Figma");
        assertThat(figma.entitled()).isEqualTo(2);
        assertThat(figma.assigned()).isEqualTo(2);
        assertThat(figma.installed()).isEqualTo(3);
        assertThat(figma.shortfall()).isEqualTo(1);
        assertThat(figma.exposure()).isEqualByComparingTo("100.00");
        String exposure = Money.format(new BigDecimal("100.00"), "EUR");
        assertThat(compared.getColumns().get(7).getCellData(0)).isEqualTo(exposure);
        assertThat(compared.getColumns().get(6).getCellData(0)).isEqualTo("1");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#comparedTable .compliance-shortfall").queryAll()).hasSize(1)
            .allSatisfy(n -> assertThat(((TableRow<?>) n).getItem()).isEqualTo(figma));

        TableView<ComplianceRow> apart = robot.lookup("#apartTable").queryTableView();
        assertThat(apart.getItems()).extracting(ComplianceRow::product).containsExactly("Slack");
        assertThat(apart.getColumns().get(2).getCellData(0)).as("unlimited: no count").isEqualTo("\u2014");
        assertThat(robot.lookup("#totalsLabel").queryAs(Label.class).getText()).contains("Shortfall 1 seats in 1 row")
            .contains(exposure);
    }

    @Test
    void exportsWriteTheCsvAndThePdfOffTheFxThread(FxRobot robot) throws Exception {
        Path csv = folder.resolve("compliance.csv");
        Path pdf = folder.resolve("compliance.pdf");
        robot.interact(() -> vm.exportCsv(csv));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.export().runningProperty().get() && Files.exists(csv));
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("product,seatType,entitled,assigned,installed,active,shortfall");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Figma,USER,2,2,3,"));
        robot.interact(() -> vm.exportPdf(pdf));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.export().runningProperty().get() && Files.exists(pdf));
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).as("no temporary file left beside them")
                .containsExactlyInAnyOrder("compliance.csv", "compliance.pdf");
        }
    }
}

package dev.seatledger.ui.utilization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.testing.Snapshots;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.FxTaskExecutor;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;
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

/** A dormant seat of a license with no yearly cost (one-time price, unlimited seats) says so in full in both tables. */
@ExtendWith(ApplicationExtension.class)
class NoYearlyCostCellTest {
    private static TestDatabase db;
    private static AppServices s;
    private FxTaskExecutor executor;

    @BeforeAll
    static void data() {
        db = TestDatabase.create();
        s = db.services();
        long product = s.products().create(ProductDraft.of("Blender Studio", "Blender Foundation", null));
        long license = s.licenses().create(LicenseDraft.defaults(product).withSeats(null, SeatType.UNLIMITED)
            .withCost(null, new BigDecimal("4000"))).id();
        long p = s.people().create(PersonDraft.of("Ana Lima", "ana@example.com", "Design"));
        s.assignments().assign(license, p, AssignmentDraft.EMPTY);
        db.assignSeatsDaysAgo(200);
    }

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor();
        UtilizationTab.show(stage, s, executor);
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    /** The cells of {@code table} whose text is {@code text}, as shown (the text node, cut with an ellipsis if clipped). */
    private static List<String> shown(FxRobot robot, String table, String text) {
        return robot.lookup(table + " .table-cell").queryAll().stream()
            .map(n -> (TableCell<?, ?>) n).filter(c -> text.equals(c.getText()))
            .map(c -> c.lookup(".text") instanceof Text t ? t.getText() : "").toList();
    }

    private static boolean laidOut(FxRobot robot, String table, String text) {
        List<String> cells = shown(robot, table, text);
        return !cells.isEmpty() && cells.stream().noneMatch(String::isEmpty);
    }

    @Test
    void theCostCellsShowTheirWholeText(FxRobot robot) throws Exception {
        String none = dev.seatledger.core.common.Messages.get("util.cost.none");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> laidOut(robot, "#rankingTable", none));
        assertThat(shown(robot, "#rankingTable", none)).containsOnly(none);

        robot.clickOn("Dormant seats");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> laidOut(robot, "#dormantTable", none));
        assertThat(shown(robot, "#dormantTable", none)).containsOnly(none);
        robot.interact(() -> Snapshots.save(robot.lookup("#dormantTable").query().getScene(), "utilization-no-yearly-cost"));
    }
}

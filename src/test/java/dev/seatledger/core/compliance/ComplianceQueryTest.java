package dev.seatledger.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.common.Progress;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.usage.UsageImporter;
import dev.seatledger.core.usage.UsageRollup;
import dev.seatledger.core.usage.files.UsageFiles;
import dev.seatledger.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compliance position per product and seat type against a hand calculation (see {@link PositionFixture}). */
class ComplianceQueryTest {
    private TestDatabase db;
    private PositionFixture f;
    private ComplianceQuery query;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        f = new PositionFixture(db).build();
        query = new ComplianceQuery(f.s.tx(), db.clock(), f.s.utilization()::cutoff, f.s.finance()::rates);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ComplianceRow row(CompliancePosition p, long product, SeatType type) {
        return p.rows().stream().filter(r -> r.productId() == product && r.seatType() == type).findFirst().orElseThrow();
    }

    @Test
    void userLicensesCompareEntitledAssignedInstalledAndActive() {
        CompliancePosition p = query.position("EUR");
        ComplianceRow figma = row(p, f.figma, SeatType.USER);
        assertThat(figma.licenses()).isEqualTo(2);
        assertThat(figma.entitled()).isEqualTo(15);
        assertThat(figma.assigned()).isEqualTo(15);
        assertThat(figma.installed()).isEqualTo(16);
        assertThat(figma.active()).isEqualTo(14);
        // (1200 EUR + 600 USD × 0.90) / 15 seats = 116.00 EUR a seat
        assertThat(figma.yearlyPerSeat()).isEqualByComparingTo("116.00");
        assertThat(figma.shortfall()).as("16 installed over 15 entitled").isEqualTo(1);
        assertThat(figma.exposure()).isEqualByComparingTo("116.00");
        assertThat(figma.surplus()).as("15 entitled over 14 active").isEqualTo(1);
        assertThat(figma.shelfware()).isEqualByComparingTo("116.00");
        assertThat(figma.apart()).isFalse();
    }

    @Test
    void vendorActivityInTheWindowIsRealUseLikeTheAgents(@TempDir Path dir) throws IOException {
        // person 15's Figma seat: the agent last saw it used before the window
        importUsage(dir, "p15@example.com", PositionFixture.RECENT);
        assertThat(row(query.position("EUR"), f.figma, SeatType.USER).active()).isEqualTo(15);
    }

    @Test
    void evidenceFromBeforeTheWindowIsNoUse(@TempDir Path dir) throws IOException {
        importUsage(dir, "p15@example.com", PositionFixture.OLD);
        assertThat(row(query.position("EUR"), f.figma, SeatType.USER).active()).isEqualTo(14);
    }

    /** {@code import usage} of a vendor's CSV export: {@code email} last used Figma on {@code day}. */
    private void importUsage(Path dir, String email, LocalDate day) throws IOException {
        Path file = Files.writeString(dir.resolve("usage-" + email + ".csv"),
            "Email,Product,Last used,Billable\n" + email + ",Figma," + day + ",yes\n");
        UsageFiles.Detected d = UsageFiles.detect(file, UsageFiles.Options.RECOGNISE);
        UsageRollup rollup = new UsageRollup(d.format());
        UsageFiles.read(file, d.format(), UsageFiles.Options.RECOGNISE, rollup);
        UsageImporter importer = new UsageImporter(f.s.tx(), f.s.clock(), f.s.recognition());
        importer.apply(importer.plan(rollup, null), false, Progress.NONE);
    }

    @Test
    void exactlyAsManyAsEntitledIsNeitherShortNorSurplus() {
        ComplianceRow jamf = row(query.position("EUR"), f.jamf, SeatType.DEVICE);
        assertThat(jamf.entitled()).isEqualTo(3);
        assertThat(jamf.assigned()).isEqualTo(3);
        assertThat(jamf.installed()).isEqualTo(3);
        assertThat(jamf.active()).isEqualTo(3);
        assertThat(jamf.shortfall()).isZero();
        assertThat(jamf.surplus()).isZero();
        assertThat(jamf.exposure()).isEqualByComparingTo("0.00");
        assertThat(jamf.shelfware()).isEqualByComparingTo("0.00");
    }

    @Test
    void oneSeatMoreThanEntitledIsAShortfallOfOne() {
        f.holder(0, "Sales", null);
        f.device(f.s.personQuery().list(dev.seatledger.core.people.PersonFilter.all()).size(), "Jamf", PositionFixture.RECENT);
        f.importTelemetry();
        ComplianceRow jamf = row(query.position("EUR"), f.jamf, SeatType.DEVICE);
        assertThat(jamf.installed()).isEqualTo(4);
        assertThat(jamf.shortfall()).isEqualTo(1);
        assertThat(jamf.exposure()).isEqualByComparingTo("50.00");
    }

    @Test
    void concurrentUnlimitedAndUnlicensedProductsAreShownApart() {
        CompliancePosition p = query.position("EUR");
        ComplianceRow zoom = row(p, f.zoom, SeatType.CONCURRENT);
        ComplianceRow slack = row(p, f.slack, SeatType.UNLIMITED);
        ComplianceRow photoshop = p.rows().stream().filter(r -> r.seatType() == null).findFirst().orElseThrow();
        assertThat(List.of(zoom, slack, photoshop)).allSatisfy(r -> assertThat(r.apart()).isTrue());
        assertThat(zoom.entitled()).isEqualTo(2);
        assertThat(zoom.shortfall()).isNull();
        assertThat(zoom.surplus()).isNull();
        assertThat(slack.entitled()).as("unlimited").isNull();
        assertThat(slack.assigned()).isEqualTo(2);
        assertThat(photoshop.product()).isEqualTo("Photoshop");
        assertThat(photoshop.entitled()).isZero();
        assertThat(photoshop.installed()).isEqualTo(2);
        assertThat(photoshop.shortfall()).isEqualTo(2);
        assertThat(photoshop.exposure()).as("no price to true up at").isNull();
        assertThat(p.rows().subList(0, 3)).extracting(ComplianceRow::apart).containsOnly(false);
        assertThat(p.rows().subList(3, 6)).extracting(ComplianceRow::apart).containsOnly(true);
    }

    @Test
    void aPriceWithoutARateIsLeftOutAndNamed() {
        CompliancePosition p = query.position("EUR");
        ComplianceRow miro = row(p, f.miro, SeatType.USER);
        assertThat(miro.yearlyPerSeat()).isNull();
        assertThat(miro.shelfware()).isNull();
        assertThat(miro.surplus()).isEqualTo(4);
        assertThat(miro.shortfall()).as("one assigned, none installed, four entitled").isZero();
        assertThat(p.missing()).singleElement().satisfies(m -> {
            assertThat(m.currency()).isEqualTo("GBP");
            assertThat(m.amount()).isEqualByComparingTo("160.00");
        });
        assertThat(p.exposure()).isEqualByComparingTo("116.00");
        assertThat(p.shelfware()).isEqualByComparingTo("116.00");
    }
}

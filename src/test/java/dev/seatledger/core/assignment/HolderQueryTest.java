package dev.seatledger.core.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.core.people.PersonStatus;
import dev.seatledger.testing.TestDatabase;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

class HolderQueryTest {
    private TestDatabase db;
    private AppServices s;
    private long license;
    private LocalDate today;

    @BeforeEach
    void open(TestInfo test) {
        db = TestDatabase.forTest(test);
        s = db.services();
        today = db.clock().today();
        SeatFixtures f = new SeatFixtures(s);
        license = f.license(10);
        add("Ana Lima", "ana@example.com", "Design", today.minusDays(3), "=HYPERLINK(\"http://x\")");
        add("Ben Okafor", "ben@example.com", "Sales", today.minusDays(200), "Viewer");
        add("Chloé Martin", "chloe@example.com", "Design", null, "+Admin");
        long dan = add("Dan Park", "dan@example.com", "Sales", today.minusDays(1), "@mention");
        s.people().update(dan, s.people().draftOf(dan).withStatus(PersonStatus.INACTIVE));
    }

    private long add(String name, String email, String dept, LocalDate signIn, String access) {
        long p = s.people().create(PersonDraft.of(name, email, dept).withLastSignIn(signIn));
        s.assignments().assign(license, p, new AssignmentDraft(access, "-" + email, null));
        return p;
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void searchSortAndPagesComeFromSql() {
        HolderQuery q = s.holders();
        assertThat(q.count(license, HolderFilter.all())).isEqualTo(4);
        assertThat(q.page(license, HolderFilter.all().withSearch("design"), 0, 50)).extracting(HolderRow::name)
            .containsExactly("Ana Lima", "Chloé Martin");
        assertThat(q.page(license, HolderFilter.all().sortedBy(HolderSort.NAME, false), 1, 2)).extracting(HolderRow::name)
            .containsExactly("Chloé Martin", "Ben Okafor");
        assertThat(q.page(license, HolderFilter.all().sortedBy(HolderSort.LAST_ACTIVITY, true), 0, 50))
            .extracting(HolderRow::name).containsExactly("Ben Okafor", "Ana Lima", "Dan Park", "Chloé Martin");
    }

    @Test
    void aRenamedHolderMovesToTheirNewPlaceInTheNameOrder() {
        long ana = s.holders().page(license, HolderFilter.all(), 0, 1).get(0).personId();
        PersonDraft d = s.people().draftOf(ana);
        s.people().update(ana, new PersonDraft("Zoe Lima", d.email(), d.department(), d.jobTitle(), d.manager(),
            d.employeeId(), d.endDate(), d.status(), d.lastSignIn()));
        assertThat(s.holders().page(license, HolderFilter.all(), 0, 50)).extracting(HolderRow::name)
            .containsExactly("Ben Okafor", "Chloé Martin", "Dan Park", "Zoe Lima");
        assertThat(s.holders().page(license, HolderFilter.all().sortedBy(HolderSort.NAME, false), 0, 2))
            .extracting(HolderRow::name).containsExactly("Zoe Lima", "Dan Park");
    }

    @Test
    void aHolderWhoChangesDepartmentSortsUnderTheNewOne() {
        HolderFilter byDepartment = HolderFilter.all().sortedBy(HolderSort.DEPARTMENT, true);
        assertThat(s.holders().page(license, byDepartment, 0, 50)).extracting(HolderRow::name)
            .containsExactly("Ana Lima", "Chloé Martin", "Ben Okafor", "Dan Park");
        long ben = s.holders().page(license, HolderFilter.all(), 0, 50).get(1).personId();

        s.people().update(ben, s.people().draftOf(ben).withDepartment("Accounting"));

        assertThat(s.holders().page(license, byDepartment, 0, 50)).extracting(HolderRow::name, HolderRow::department)
            .startsWith(org.assertj.core.groups.Tuple.tuple("Ben Okafor", "Accounting"));
        assertThat(s.holders().page(license, HolderFilter.all().withSearch("accounting"), 0, 50))
            .extracting(HolderRow::name).containsExactly("Ben Okafor");
    }

    @Test
    void aHolderWhoChangesEmailIsSearchedAndSortedByTheNewOne() {
        HolderFilter byEmail = HolderFilter.all().sortedBy(HolderSort.EMAIL, true);
        assertThat(s.holders().page(license, byEmail, 0, 50)).extracting(HolderRow::name)
            .containsExactly("Ana Lima", "Ben Okafor", "Chloé Martin", "Dan Park");
        long dan = s.holders().page(license, byEmail, 0, 50).get(3).personId();

        PersonDraft d = s.people().draftOf(dan);
        s.people().update(dan, new PersonDraft(d.displayName(), "Aaron.Park@Example.com", d.department(), d.jobTitle(),
            d.manager(), d.employeeId(), d.endDate(), d.status(), d.lastSignIn()));

        assertThat(s.holders().page(license, byEmail, 0, 50)).extracting(HolderRow::name)
            .containsExactly("Dan Park", "Ana Lima", "Ben Okafor", "Chloé Martin");
        assertThat(s.holders().page(license, HolderFilter.all().withSearch("aaron.park@"), 0, 50))
            .extracting(HolderRow::name, HolderRow::email).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Dan Park", "Aaron.Park@Example.com"));
        assertThat(s.holders().count(license, HolderFilter.all().withSearch("aaron"))).isEqualTo(1);
    }

    @Test
    @dev.seatledger.testing.AboutH2
    void aSearchTestsTheLicensesIndexEntriesWithoutReadingPeople() {
        assertThat(s.holders().pagePlan(license, HolderFilter.all().withSearch("design"), 0, 200))
            .contains("IX_ASSIGNMENT_HOLDER_NAME: LICENSE_ID =").doesNotContain("JOIN");
        assertThat(s.holders().pagePlan(license, HolderFilter.all().withSearch("design")
            .sortedBy(HolderSort.EMAIL, true), 0, 200)).contains("IX_ASSIGNMENT_HOLDER_NAME: LICENSE_ID =")
            .doesNotContain("JOIN");
    }

    @Test
    void assignmentDateSortsBothWays() {
        List<String> asc = s.holders().page(license, HolderFilter.all().sortedBy(HolderSort.ASSIGNED, true), 0, 50)
            .stream().map(HolderRow::name).toList();
        List<String> desc = s.holders().page(license, HolderFilter.all().sortedBy(HolderSort.ASSIGNED, false), 0, 50)
            .stream().map(HolderRow::name).toList();
        List<String> reversed = new java.util.ArrayList<>(asc);
        java.util.Collections.reverse(reversed);
        assertThat(desc).containsExactlyElementsOf(reversed);
    }

    @Test
    @dev.seatledger.testing.AboutH2
    void pagesByNameOrAssignmentDateAreReadFromAnIndexWithoutSortingEverySeat() {
        assertThat(s.holders().pagePlan(license, HolderFilter.all(), 0, 200))
            .contains("IX_ASSIGNMENT_HOLDER_NAME").contains("index sorted");
        assertThat(s.holders().pagePlan(license, HolderFilter.all().sortedBy(HolderSort.NAME, false), 400, 200))
            .contains("IX_ASSIGNMENT_HOLDER_NAME").contains("index sorted");
        assertThat(s.holders().pagePlan(license, HolderFilter.all().sortedBy(HolderSort.ASSIGNED, true), 0, 200))
            .contains("IX_ASSIGNMENT_HOLDER_ASSIGNED").contains("index sorted");
        Map<HolderSort, String> indexes = Map.of(HolderSort.DEPARTMENT, "IX_ASSIGNMENT_HOLDER_DEPARTMENT",
            HolderSort.ACCESS, "IX_ASSIGNMENT_HOLDER_ACCESS", HolderSort.LAST_ACTIVITY, "IX_ASSIGNMENT_HOLDER_ACTIVITY",
            HolderSort.STATUS, "IX_ASSIGNMENT_HOLDER_STATUS", HolderSort.EMAIL, "IX_ASSIGNMENT_HOLDER_EMAIL");
        indexes.forEach((sort, index) -> {
            for (boolean ascending : new boolean[] {true, false}) {
                assertThat(s.holders().pagePlan(license, HolderFilter.all().sortedBy(sort, ascending), 400, 200))
                    .as("a page sorted by %s read in order from the license's entries of its index", sort)
                    .contains(index + ": LICENSE_ID =").contains("index sorted").doesNotContain("JOIN");
            }
        });
    }

    @Test
    void blanksSortAfterEveryValueAscendingAndBeforeThemDescending() {
        long noDept = add("Eve Blank", "eve@example.com", null, null, null);
        List<String> asc = s.holders().page(license, HolderFilter.all().sortedBy(HolderSort.DEPARTMENT, true), 0, 50)
            .stream().map(HolderRow::name).toList();
        assertThat(asc).last().isEqualTo("Eve Blank");
        List<String> desc = s.holders().page(license, HolderFilter.all().sortedBy(HolderSort.DEPARTMENT, false), 0, 50)
            .stream().map(HolderRow::name).toList();
        List<String> reversed = new java.util.ArrayList<>(asc);
        java.util.Collections.reverse(reversed);
        assertThat(desc).containsExactlyElementsOf(reversed);
        assertThat(s.holders().page(license, HolderFilter.all().sortedBy(HolderSort.ACCESS, true), 0, 50))
            .extracting(HolderRow::name).last().isEqualTo("Eve Blank");
        assertThat(s.holders().page(license, HolderFilter.all().sortedBy(HolderSort.LAST_ACTIVITY, true), 0, 50))
            .extracting(HolderRow::name).last().as("never signed in nor used: least recent is unknown, listed last")
            .isEqualTo("Eve Blank");
        assertThat(noDept).isPositive();
    }

    @Test
    void departmentsSortWithoutRegardToCase() {
        add("Finn Lower", "finn@example.com", "accounting", null, null);
        add("Gus Upper", "gus@example.com", "BILLING", null, null);
        assertThat(s.holders().page(license, HolderFilter.all().sortedBy(HolderSort.DEPARTMENT, true), 0, 2))
            .extracting(HolderRow::name).containsExactly("Finn Lower", "Gus Upper");
    }

    @Test
    void inactiveSeatsAreDormantOrHeldByInactivePeople() {
        List<HolderRow> inactive = s.holders().page(license, HolderFilter.all().withInactiveOnly(true), 0, 50);
        assertThat(inactive).extracting(HolderRow::name).containsExactly("Ben Okafor", "Chloé Martin", "Dan Park");
        assertThat(s.holders().count(license, HolderFilter.all().withInactiveOnly(true))).isEqualTo(3);
    }

    @Test
    void revokedSeatsAreNotHolders() {
        long first = s.holders().page(license, HolderFilter.all(), 0, 1).get(0).assignmentId();
        s.assignments().revoke(first, RevokeReason.MANUAL);
        assertThat(s.holders().count(license, HolderFilter.all())).isEqualTo(3);
    }

    @Test
    void csvExportHasExactlyTheFilteredRowsWithFormulasNeutralised() throws Exception {
        StringWriter out = new StringWriter();
        long n = s.holders().exportCsv(license, HolderFilter.all().withSearch("a").withInactiveOnly(true), out,
            dev.seatledger.core.common.Progress.NONE);

        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
            .parse(new StringReader(out.toString())).getRecords();
        assertThat(n).isEqualTo(3);
        assertThat(rows).extracting(r -> r.get("Name")).containsExactly("Ben Okafor", "Chloé Martin", "Dan Park");
        assertThat(rows).extracting(r -> r.get("Access level")).containsExactly("Viewer", "'+Admin", "'@mention");
        assertThat(rows).extracting(r -> r.get("Account identifier")).allMatch(v -> v.startsWith("'-"));

        StringWriter all = new StringWriter();
        s.holders().exportCsv(license, HolderFilter.all(), all, dev.seatledger.core.common.Progress.NONE);
        assertThat(all.toString()).contains("'=HYPERLINK(\"\"http://x\"\")").doesNotContain(",=HYPERLINK");
    }
}

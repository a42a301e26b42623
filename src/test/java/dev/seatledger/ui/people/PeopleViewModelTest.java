package dev.seatledger.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.OffboardingRow;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.core.people.PersonRow;
import dev.seatledger.core.people.PersonStatus;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.CurrentThreadTaskExecutor;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PeopleViewModelTest {
    private TestDatabase db;
    private AppServices s;
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private LocalDate today;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        today = db.clock().today();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void listFiltersByDepartmentStatusAndSearch() {
        s.people().create(PersonDraft.of("Ana Lima", "ana@example.com", "Design"));
        s.people().create(PersonDraft.of("Ben Okafor", "ben@example.com", "Sales"));
        s.people().create(PersonDraft.of("Dan Park", "dan@example.com", "Sales").withStatus(PersonStatus.INACTIVE));
        PeopleViewModel vm = new PeopleViewModel(s.personQuery(), s.people(), executor, db.fixedClock());
        vm.refresh();
        assertThat(vm.departments()).containsExactly("Design", "Sales");

        vm.departmentProperty().set("Sales");
        assertThat(vm.rows()).extracting(PersonRow::name).containsExactly("Ben Okafor", "Dan Park");
        vm.statusProperty().set(PersonStatus.INACTIVE);
        assertThat(vm.rows()).extracting(PersonRow::name).containsExactly("Dan Park");
        vm.statusProperty().set(null);
        vm.searchProperty().set("ben@");
        assertThat(vm.rows()).extracting(PersonRow::name).containsExactly("Ben Okafor");
    }

    @Test
    void departmentChoicesAreReplacedOnlyWhenTheyChangeSoASelectedFilterStaysPut() {
        s.people().create(PersonDraft.of("Ana Lima", "ana@example.com", "Design"));
        s.people().create(PersonDraft.of("Ben Okafor", "ben@example.com", "Sales"));
        PeopleViewModel vm = new PeopleViewModel(s.personQuery(), s.people(), executor, db.fixedClock());
        vm.departmentProperty().set("Sales");
        int[] changes = {0};
        vm.departments().addListener((javafx.collections.ListChangeListener<String>) c -> changes[0]++);

        vm.refresh();
        vm.refresh();
        assertThat(changes[0]).as("unchanged departments are not replaced").isZero();

        s.people().create(PersonDraft.of("Cai Wen", "cai@example.com", "Finance"));
        vm.refresh();
        assertThat(changes[0]).isEqualTo(1);
        assertThat(vm.departments()).containsExactly("Design", "Finance", "Sales");
        assertThat(vm.departmentProperty().get()).isEqualTo("Sales");
    }

    @Test
    void manyDepartmentsAppearingAtOnceFillTheChoices() {
        for (int i = 1; i <= 24; i++) {
            s.people().create(PersonDraft.of("Person " + i, "p" + i + "@example.com", String.format("Dept %02d", i)));
        }
        PeopleViewModel vm = new PeopleViewModel(s.personQuery(), s.people(), executor, db.fixedClock());
        vm.refresh();
        assertThat(vm.departments()).hasSize(24).startsWith("Dept 01").endsWith("Dept 24");
        assertThat(vm.rows()).hasSize(24);
        assertThat(vm.errorProperty().get()).isNullOrEmpty();
    }

    @Test
    void duplicateEmailIsNamedOnTheEmailField() {
        s.people().create(PersonDraft.of("Ana Lima", "ana@example.com", "Design"));
        PersonFormViewModel form = new PeopleViewModel(s.personQuery(), s.people(), executor, db.fixedClock()).newForm();
        form.nameProperty().set("Ana L.");
        form.emailProperty().set("ANA@example.com");
        form.save(id -> { });
        assertThat(form.errors()).containsEntry("email", "A person with this email already exists");
        form.emailProperty().set("not-an-email");
        form.save(id -> { });
        assertThat(form.errors()).containsEntry("email", "Email must look like name@example.com");
    }

    @Test
    void aLongListArrivesAPageAtATime() {
        for (int i = 0; i < 450; i++) {
            s.people().create(PersonDraft.of(String.format("Person %03d", i), "p" + i + "@example.com",
                i % 3 == 0 ? "Sales" : "Support"));
        }
        PeopleViewModel vm = new PeopleViewModel(s.personQuery(), s.people(), executor, db.fixedClock());

        vm.refresh();

        assertThat(vm.rows()).hasSize(450);
        assertThat(vm.countText()).isEqualTo(dev.seatledger.core.common.Messages.get("people.count", 450));
        assertThat(vm.rows().isLoaded(PeopleViewModel.PAGE_SIZE - 1)).isTrue();
        assertThat(vm.rows().isLoaded(PeopleViewModel.PAGE_SIZE)).isFalse();
        assertThat(vm.rows().get(449).name()).isEqualTo("Person 449");
        assertThat(vm.rows().get(PeopleViewModel.PAGE_SIZE).name()).isEqualTo("Person 200");

        vm.departmentProperty().set("Sales");

        assertThat(vm.rows()).hasSize(150);
        assertThat(vm.rows().get(149).name()).isEqualTo("Person 447");
    }

    @Test
    void offboardingQueueIsSoonestFirstWithUrgencyAndCost() {
        long product = s.products().create(ProductDraft.of("Slack", "Slack Technologies", null));
        long lic = s.licenses().create(LicenseDraft.defaults(product).withSeats(10, SeatType.USER)
            .withCost(new BigDecimal("8"), null).withCycle(BillingCycle.MONTHLY)).id();
        long gone = s.people().create(PersonDraft.of("Past Person", "past@example.com", null).withEndDate(today.minusDays(2)));
        long soon = s.people().create(PersonDraft.of("Soon Person", "soon@example.com", null).withEndDate(today.plusDays(5)));
        long later = s.people().create(PersonDraft.of("Later Person", "later@example.com", null).withEndDate(today.plusDays(20)));
        s.people().create(PersonDraft.of("Far Person", "far@example.com", null).withEndDate(today.plusDays(31)));
        s.assignments().assign(lic, soon, AssignmentDraft.EMPTY);
        s.assignments().assign(lic, gone, AssignmentDraft.EMPTY);
        PeopleViewModel vm = new PeopleViewModel(s.personQuery(), s.people(), executor, db.fixedClock());

        vm.refresh();

        assertThat(vm.queue()).extracting(OffboardingRow::name).containsExactly("Past Person", "Soon Person", "Later Person");
        assertThat(vm.queue()).extracting(vm::urgency).containsExactly(PeopleViewModel.Urgency.OVERDUE,
            PeopleViewModel.Urgency.SOON, PeopleViewModel.Urgency.LATER);
        assertThat(vm.queue().get(1).seats()).isEqualTo(1);
        assertThat(vm.queue().get(1).annualCostByCurrency().get("EUR")).isEqualByComparingTo("96.00");

        PersonProfileViewModel profile = new PersonProfileViewModel(s.personQuery(), s.people(), s.seats(),
            s.assignments(), executor, soon);
        profile.load();
        assertThat(profile.current()).hasSize(1);
        assertThat(profile.annualCostProperty().get()).isEqualTo("Seats cost €96.00 per year");
        profile.offboard();
        assertThat(profile.noticeProperty().get()).isEqualTo("Soon Person offboarded: 1 seats freed (Slack)");
        assertThat(profile.current()).isEmpty();
        assertThat(profile.past()).hasSize(1);
        assertThat(profile.canOffboardProperty().get()).isFalse();
        vm.refresh();
        assertThat(vm.queue()).extracting(OffboardingRow::name).containsExactly("Past Person", "Later Person");
    }
}

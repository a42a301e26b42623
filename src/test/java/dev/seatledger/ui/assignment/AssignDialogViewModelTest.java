package dev.seatledger.ui.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.core.people.PersonOption;
import dev.seatledger.core.people.PersonStatus;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.CurrentThreadTaskExecutor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Assign dialog's rules without a toolkit: a person is required, refusals keep the dialog open and reload. */
class AssignDialogViewModelTest {
    private TestDatabase db;
    private AppServices s;
    private long license;
    private final List<String> events = new ArrayList<>();
    private AssignDialogViewModel vm;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        long product = s.products().create(ProductDraft.of("Figma", "Figma", "Design"));
        license = s.licenses().create(LicenseDraft.defaults(product).withSeats(2, SeatType.USER)).id();
        long ana = s.people().create(PersonDraft.of("Ana Lima", "ana@example.com", "Design"));
        s.people().create(PersonDraft.of("Ben Okafor", "ben@example.com", "Sales"));
        s.people().create(PersonDraft.of("Chloé Martin", "chloe@example.com", "Design"));
        s.people().create(PersonDraft.of("Dev Leaver", "dev@example.com", "Sales").withStatus(PersonStatus.INACTIVE));
        s.assignments().assign(license, ana, AssignmentDraft.EMPTY);
        vm = new AssignDialogViewModel(s.assignments(), s.personQuery(), new CurrentThreadTaskExecutor(), license,
            () -> events.add("assigned"), () -> events.add("refused"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private PersonOption pick(String search) {
        vm.searchProperty().set(search);
        assertThat(vm.matchesProperty().get()).hasSize(1);
        PersonOption p = vm.matchesProperty().get().get(0);
        vm.personProperty().set(p);
        return p;
    }

    @Test
    void theSearchListsActivePeopleOnly() {
        vm.searchPeople();
        assertThat(vm.matchesProperty().get()).extracting(PersonOption::name)
            .containsExactlyInAnyOrder("Ana Lima", "Ben Okafor", "Chloé Martin");
        vm.searchProperty().set("Dev");
        assertThat(vm.matchesProperty().get()).isEmpty();
    }

    @Test
    void withoutAPersonNothingIsSentAndThePersonFieldSaysSo() {
        List<String> closed = new ArrayList<>();

        vm.assign(() -> closed.add("closed"));

        assertThat(vm.errors()).containsOnlyKeys("person");
        assertThat(vm.errors().get("person")).contains("Person");
        assertThat(closed).isEmpty();
        assertThat(s.seats().summary(license).recordedUsed()).isEqualTo(1);
    }

    @Test
    void anAssignedSeatClosesTheDialogAndTellsTheCard() {
        pick("Ben");
        vm.accessLevelProperty().set("Editor");
        List<String> closed = new ArrayList<>();

        vm.assign(() -> closed.add("closed"));

        assertThat(closed).containsExactly("closed");
        assertThat(events).containsExactly("assigned");
        assertThat(s.seats().summary(license).recordedUsed()).isEqualTo(2);
        assertThat(s.holders().page(license, dev.seatledger.core.assignment.HolderFilter.all(), 0, 5))
            .filteredOn(h -> h.name().equals("Ben Okafor")).singleElement()
            .satisfies(h -> assertThat(h.accessLevel()).isEqualTo("Editor"));
    }

    @Test
    void aRefusalStaysInTheDialogAndTheCardReloads() {
        pick("Ben");
        vm.assign(() -> { });
        events.clear();
        pick("Chlo");
        List<String> closed = new ArrayList<>();

        vm.assign(() -> closed.add("closed"));

        assertThat(vm.generalErrorProperty().get()).isEqualTo("No seats remaining on this license");
        assertThat(closed).isEmpty();
        assertThat(events).containsExactly("refused");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void everySearchGivesTheListANewOneSoAPickFromTheLastIsDropped() {
        var before = vm.matchesProperty().get();
        pick("Ben");
        assertThat(vm.matchesProperty().get()).isNotSameAs(before);
    }
}

package dev.seatledger.ui.assignment;

import dev.seatledger.core.assignment.AssignmentService;
import dev.seatledger.core.assignment.HolderQuery;
import dev.seatledger.core.assignment.SeatQuery;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.license.LicenseDetail;
import dev.seatledger.core.people.PersonQuery;
import dev.seatledger.ui.common.TaskExecutor;
import dev.seatledger.ui.license.LicensePageContext;
import dev.seatledger.ui.license.LicensePageTab;
import javafx.scene.Node;

/** The license page's Seats tab: figures, holders and recent changes, and "View all users" as a sub-page. */
public class SeatsTab implements LicensePageTab {
    private final AssignmentService assignments;
    private final SeatQuery seats;
    private final HolderQuery holders;
    private final PersonQuery people;
    private final TaskExecutor executor;

    public SeatsTab(AssignmentService assignments, SeatQuery seats, HolderQuery holders, PersonQuery people,
                    TaskExecutor executor) {
        this.assignments = assignments;
        this.seats = seats;
        this.holders = holders;
        this.people = people;
        this.executor = executor;
    }

    @Override
    public String title() {
        return Messages.get("license.group.seats");
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Node create(LicensePageContext page) {
        long id = page.licenseId();
        SeatsPanelViewModel vm = new SeatsPanelViewModel(assignments, seats, holders, people, executor, id);
        vm.setOnChange(page::reload);
        page.onChanged(vm::load);
        return new SeatsPanel(vm, () -> {
            LicenseDetail detail = page.detail().getValue();
            String name = detail == null ? "" : detail.displayName();
            HoldersView all = new HoldersView(new HoldersViewModel(holders, executor, id, name), page::backToPage);
            page.showSubPage(all.root());
        }).root();
    }
}

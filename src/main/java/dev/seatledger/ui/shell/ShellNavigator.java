package dev.seatledger.ui.shell;

import java.util.function.LongConsumer;

/** The window's {@link Navigator}: selects the tab, then asks the feature that registered for it to open the record. */
public final class ShellNavigator implements Navigator {
    private final MainWindow shell;
    private LongConsumer licenses = id -> { };
    private LongConsumer people = id -> { };

    public ShellNavigator(MainWindow shell) {
        this.shell = shell;
    }

    /** The Licenses feature opens a license's page with this. */
    public void handleLicenses(LongConsumer openLicense) {
        this.licenses = openLicense;
    }

    /** The People feature opens a person's profile with this. */
    public void handlePeople(LongConsumer openPerson) {
        this.people = openPerson;
    }

    @Override
    public void show(ShellTab tab) {
        shell.select(tab);
    }

    @Override
    public void openLicense(long licenseId) {
        show(ShellTab.LICENSES);
        licenses.accept(licenseId);
    }

    @Override
    public void openPerson(long personId) {
        show(ShellTab.PEOPLE);
        people.accept(personId);
    }
}

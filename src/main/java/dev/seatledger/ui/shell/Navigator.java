package dev.seatledger.ui.shell;

/**
 * Moves the window to another feature's view: what a feature calls to show a record that another feature owns (a
 * notification opens its license or person, the renewals agenda a license), so features do not depend on each other.
 */
public interface Navigator {
    void show(ShellTab tab);

    /** Shows the Licenses tab with the license's page. */
    void openLicense(long licenseId);

    /** Shows the People tab with the person's profile. */
    void openPerson(long personId);
}

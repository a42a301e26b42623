package dev.seatledger.ui.license;

import dev.seatledger.core.license.LicenseDetail;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.stage.Window;

/** What a tab of one opened license page may ask of the page. */
public interface LicensePageContext {
    long licenseId();

    /** The license as the page shows it; null until the first load. */
    ObservableValue<LicenseDetail> detail();

    /** Reads the license again (title, fields, seat figures). */
    void reload();

    /** Shows a notice under the page's title. */
    void announce(String message);

    /** The window that owns the tab's dialogs. */
    Window window();

    /** Tells every tab that the license's records changed (a tab that listens refreshes). */
    void changed();

    /** Runs {@code refresh} each time a tab says the license's records changed. */
    void onChanged(Runnable refresh);

    /** Shows a banner under the title while {@code text} is not empty ("Audit in progress"). */
    void bindBanner(ObservableStringValue text);

    /** Shows a sub-page of the license in place of the page (View all users). */
    void showSubPage(Parent content);

    /** Returns from a sub-page to the page, read again. */
    void backToPage();
}

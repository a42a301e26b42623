package dev.seatledger.ui.grade;

import dev.seatledger.core.license.LicenseDetail;
import dev.seatledger.ui.license.LicensePageContext;
import java.util.function.Consumer;

/** "Security grade…" on a license page: the grade dialog of the license's product. */
public class GradeOnLicensePage implements Consumer<LicensePageContext> {
    private final GradeDialogs dialogs;
    private final Runnable onGraded;

    /** {@code onGraded} runs after a grade is saved, besides the page reading the license again. */
    public GradeOnLicensePage(GradeDialogs dialogs, Runnable onGraded) {
        this.dialogs = dialogs;
        this.onGraded = onGraded;
    }

    @Override
    public void accept(LicensePageContext page) {
        LicenseDetail detail = page.detail().getValue();
        if (detail != null) {
            dialogs.open(page.window(), detail.productId(), () -> {
                page.reload();
                onGraded.run();
            });
        }
    }
}

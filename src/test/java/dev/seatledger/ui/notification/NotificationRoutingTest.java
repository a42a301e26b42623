package dev.seatledger.ui.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.history.SubjectType;
import dev.seatledger.core.notification.NotificationKind;
import dev.seatledger.core.notification.NotificationRow;
import dev.seatledger.ui.shell.Navigator;
import dev.seatledger.ui.shell.ShellTab;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A clicked notification leads to its license or person through the shell's navigator, else to the first tab. */
class NotificationRoutingTest {
    private final List<String> visits = new ArrayList<>();
    private final Navigator navigator = new Navigator() {
        @Override
        public void show(ShellTab tab) {
            visits.add("show " + tab);
        }

        @Override
        public void openLicense(long licenseId) {
            visits.add("license " + licenseId);
        }

        @Override
        public void openPerson(long personId) {
            visits.add("person " + personId);
        }
    };

    private static NotificationRow row(SubjectType type, Long id) {
        return new NotificationRow(1, NotificationKind.RENEWAL_NOTICE, "Subject", "Body", type, id, Instant.EPOCH, false);
    }

    @Test
    void eachRecordTypeOpensItsView() {
        NotificationFeature.open(navigator, row(SubjectType.LICENSE, 7L));
        NotificationFeature.open(navigator, row(SubjectType.PERSON, 9L));
        NotificationFeature.open(navigator, row(SubjectType.PRODUCT, 3L));
        NotificationFeature.open(navigator, row(null, null));
        NotificationFeature.open(navigator, row(SubjectType.LICENSE, null));

        assertThat(visits).containsExactly("license 7", "person 9", "show CATALOG");
    }
}

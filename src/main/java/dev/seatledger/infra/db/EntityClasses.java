package dev.seatledger.infra.db;

import dev.seatledger.core.assignment.Assignment;
import dev.seatledger.core.audit.UsageAudit;
import dev.seatledger.core.catalog.Product;
import dev.seatledger.core.document.Document;
import dev.seatledger.core.finance.ExchangeRate;
import dev.seatledger.core.finance.RenewalDecision;
import dev.seatledger.core.grade.GradeEvaluation;
import dev.seatledger.core.history.ChangeEntry;
import dev.seatledger.core.license.License;
import dev.seatledger.core.license.LicenseAmendment;
import dev.seatledger.core.license.LicenseTerm;
import dev.seatledger.core.mail.OutboxMessage;
import dev.seatledger.core.telemetry.AppAlias;
import dev.seatledger.core.telemetry.Device;
import dev.seatledger.core.notification.Notification;
import dev.seatledger.core.notification.OperatorAccount;
import dev.seatledger.core.people.Person;
import java.util.List;

/** Every mapped entity; Hibernate validates each against the migrated schema. */
final class EntityClasses {
    static final List<Class<?>> ALL = List.of(
        Product.class,
        License.class,
        Person.class,
        Assignment.class,
        ChangeEntry.class,
        UsageAudit.class,
        Notification.class,
        OperatorAccount.class,
        Device.class,
        AppAlias.class,
        OutboxMessage.class,
        ExchangeRate.class,
        RenewalDecision.class,
        Document.class, GradeEvaluation.class,
        LicenseTerm.class, LicenseAmendment.class);

    private EntityClasses() {
    }
}

package dev.seatledger.infra.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.seatledger.services.AppServices;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.mail.OutboxService;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.testing.TestDatabase;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class OutboxMailerTest {
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private TestDatabase db;
    private OutboxService outbox;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        AppServices s = db.services();
        long product = s.products().create(ProductDraft.of("Zoom", "Zoom Video Communications", null));
        long license = s.licenses().create(LicenseDraft.defaults(product).withName("Pro")).id();
        long ana = s.people().create(PersonDraft.of("Ana Lima", "ana@example.com", null));
        long seat = s.assignments().assign(license, ana, AssignmentDraft.EMPTY);
        s.reclaim().reclaim(List.of(seat), Progress.NONE);
        outbox = new OutboxService(s.tx(), db.fixedClock());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void queuedReclaimMessageIsSentBySmtp() throws Exception {
        OutboxMailer.Summary r = new OutboxMailer(outbox).send(new SmtpSettings("127.0.0.1",
            ServerSetupTest.SMTP.getPort(), false, null, null, "it@example.com"));

        assertThat(r.sent()).isEqualTo(1);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Your Zoom — Pro seat has been reclaimed");
        assertThat(received[0].getAllRecipients()[0].toString()).contains("ana@example.com");
        assertThat(outbox.pending()).isEmpty();
    }

    @Test
    void failedSendStaysQueuedWithTheError() {
        long id = outbox.pending().get(0).id();
        OutboxMailer.Summary r = new OutboxMailer(outbox).send(new SmtpSettings("127.0.0.1", 1, false, null, null,
            "it@example.com"));

        assertThat(r.failed()).isEqualTo(1);
        assertThat(outbox.pending()).extracting(OutboxService.Pending::id).containsExactly(id);
        assertThat(outbox.lastError(id)).isNotBlank();
    }

    @Test
    void withoutSmtpMessagesExportAsEml(@TempDir Path dir) throws Exception {
        assertThat(new OutboxMailer(outbox).exportEml(dir, "it@example.com")).isEqualTo(1);
        try (var files = Files.list(dir)) {
            Path eml = files.findFirst().orElseThrow();
            String text = Files.readString(eml);
            assertThat(text).contains("To: Ana Lima <ana@example.com>").contains("Subject:");
        }
    }
}

package dev.seatledger.infra.mail;

import dev.seatledger.core.mail.OutboxService;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Sends the outbox by SMTP, or writes it as .eml files; a failed send stays queued with its error. */
public final class OutboxMailer {
    private final OutboxService outbox;

    public OutboxMailer(OutboxService outbox) {
        this.outbox = outbox;
    }

    public record Summary(int sent, int failed) {
    }

    public Summary send(SmtpSettings smtp) {
        Session session = session(smtp);
        int sent = 0;
        int failed = 0;
        for (OutboxService.Pending p : outbox.pending()) {
            try {
                Transport.send(message(session, smtp.from(), p));
                outbox.markSent(p.id());
                sent++;
            } catch (MessagingException | java.io.UnsupportedEncodingException e) {
                outbox.markFailed(p.id(), e.getMessage());
                failed++;
            }
        }
        return new Summary(sent, failed);
    }

    /**
     * Writes each pending message as an owner-only .eml file into {@code folder} (created owner-only when missing:
     * the messages hold names and addresses); returns how many.
     */
    public int exportEml(Path folder, String from) {
        Session session = Session.getInstance(new Properties());
        int n = 0;
        try {
            if (!Files.isDirectory(folder)) {
                dev.seatledger.infra.settings.OwnerOnly.folder(folder);
            }
            for (OutboxService.Pending p : outbox.pending()) {
                Path file = folder.resolve("seatledger-" + p.id() + ".eml");
                try (OutputStream out = Files.newOutputStream(dev.seatledger.infra.settings.OwnerOnly.newFile(file))) {
                    message(session, from, p).writeTo(out);
                }
                outbox.markExported(p.id());
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return n;
    }

    private static MimeMessage message(Session session, String from, OutboxService.Pending p)
            throws MessagingException, java.io.UnsupportedEncodingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(from));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(p.toEmail(), p.toName(), "UTF-8"));
        m.setSubject(p.subject(), "UTF-8");
        m.setText(p.body(), "UTF-8");
        m.setSentDate(new java.util.Date());
        return m;
    }

    private static Session session(SmtpSettings smtp) {
        Properties props = new Properties();
        props.put("mail.smtp.host", smtp.host());
        props.put("mail.smtp.port", String.valueOf(smtp.port()));
        props.put("mail.smtp.starttls.enable", String.valueOf(smtp.startTls()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        boolean auth = smtp.user() != null && !smtp.user().isBlank();
        props.put("mail.smtp.auth", String.valueOf(auth));
        return auth ? Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(smtp.user(), smtp.password());
            }
        }) : Session.getInstance(props);
    }
}

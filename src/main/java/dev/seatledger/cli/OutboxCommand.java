package dev.seatledger.cli;

import dev.seatledger.core.mail.OutboxService;
import dev.seatledger.infra.crypto.AesGcmCipher;
import dev.seatledger.infra.mail.OutboxMailer;
import dev.seatledger.infra.mail.SmtpSettings;
import dev.seatledger.infra.settings.Settings;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code seatledger outbox configure|send|export}: messages to seat holders. */
@Command(name = "outbox", description = "Send queued messages to seat holders by SMTP, or export them as .eml files.",
    subcommands = {OutboxCommand.Configure.class, OutboxCommand.Send.class, OutboxCommand.Export.class})
public class OutboxCommand {
    static final String HOST = "smtp.host";
    static final String PORT = "smtp.port";
    static final String STARTTLS = "smtp.starttls";
    static final String USER = "smtp.user";
    static final String PASSWORD = "smtp.password";
    static final String FROM = "smtp.from";

    @ParentCommand SeatLedgerCli root;

    @Command(name = "configure", description = "Save the SMTP server (the password is stored encrypted).")
    static final class Configure implements Callable<Integer> {
        @ParentCommand OutboxCommand parent;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Option(names = "--host", required = true) String host;
        @Option(names = "--port", defaultValue = "587") int port;
        @Option(names = "--starttls", defaultValue = "true", negatable = true) boolean startTls;
        @Option(names = "--user") String user;
        @Option(names = "--password", description = "or set $SEATLEDGER_SMTP_PASSWORD") String password;
        @Option(names = "--from", required = true) String from;

        @Override
        public Integer call() {
            Path folder = parent.root.folder();
            Settings settings = new Settings(folder);
            String pass = password != null ? password : System.getenv("SEATLEDGER_SMTP_PASSWORD");
            settings.put(HOST, host);
            settings.put(PORT, String.valueOf(port));
            settings.put(STARTTLS, String.valueOf(startTls));
            settings.put(USER, user);
            settings.put(PASSWORD, pass == null ? null : AesGcmCipher.forDataFolder(folder).encrypt(pass));
            settings.put(FROM, from);
            settings.save();
            spec.commandLine().getOut().println("SMTP settings saved");
            return 0;
        }
    }

    @Command(name = "send", description = "Send every queued message; failures stay queued with their error.")
    static final class Send implements Callable<Integer> {
        @ParentCommand OutboxCommand parent;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Path folder = parent.root.folder();
            Settings settings = new Settings(folder);
            if (settings.get(HOST).isEmpty()) {
                spec.commandLine().getErr().println("No SMTP server configured: run 'outbox configure' or 'outbox export'.");
                return 2;
            }
            String enc = settings.get(PASSWORD).orElse(null);
            SmtpSettings smtp = new SmtpSettings(settings.get(HOST).get(), settings.getInt(PORT, 587),
                Boolean.parseBoolean(settings.get(STARTTLS, "true")), settings.get(USER).orElse(null),
                enc == null ? null : AesGcmCipher.forDataFolder(folder).decrypt(enc), settings.get(FROM, "seatledger@localhost"));
            OutboxMailer.Summary r = parent.root.withServices(s -> new OutboxMailer(new OutboxService(s.tx(), s.clock())).send(smtp));
            spec.commandLine().getOut().printf("Sent %d messages; %d failed and stay queued%n", r.sent(), r.failed());
            return r.failed() == 0 ? 0 : 1;
        }
    }

    @Command(name = "export", description = "Write each queued message as an .eml file.")
    static final class Export implements Callable<Integer> {
        @ParentCommand OutboxCommand parent;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Option(names = "--out", required = true, paramLabel = "DIR") Path out;

        @Override
        public Integer call() {
            String from = new Settings(parent.root.folder()).get(FROM, "seatledger@localhost");
            int n = parent.root.withServices(s -> new OutboxMailer(new OutboxService(s.tx(), s.clock())).exportEml(out, from));
            spec.commandLine().getOut().printf("Wrote %d .eml files to %s%n", n, out.toAbsolutePath());
            return 0;
        }
    }
}

package dev.seatledger.cli;

import dev.seatledger.core.ai.AiSettings;
import dev.seatledger.core.ai.ChatClient;
import dev.seatledger.core.common.BusinessRuleException;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.document.extract.ContractExtractor;
import dev.seatledger.core.document.extract.ContractFile;
import dev.seatledger.core.document.extract.Extraction;
import dev.seatledger.infra.ai.OpenAiChatClient;
import dev.seatledger.infra.crypto.AesGcmCipher;
import dev.seatledger.infra.logging.LogConfigurator;
import dev.seatledger.infra.settings.DataFolder;
import dev.seatledger.infra.settings.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code seatledger extract FILE... [--format json|text]}: the license terms read from contract files, each with its
 * confidence and the sentence it came from. Opens no database and writes nothing in the data folder; with
 * {@code --ai} it also asks the AI endpoint configured in the data folder's settings.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Read license terms from contract files (PDF, Word, text, e-mail) and print them; the database is "
        + "not opened.")
final class ExtractCommand implements Callable<Integer> {
    @ParentCommand SeatLedgerCli parent;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Contract, order form, quote or invoice files")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", paramLabel = "json|text",
        description = "json: one object per file (an array for several files); text: a table (default)")
    String format;

    @Option(names = "--min-confidence", defaultValue = "0", paramLabel = "C",
        description = "Print only proposals at least this sure, 0 to 1 (0.8: the ones the review ticks)")
    double minConfidence;

    @Option(names = "--ai", description = "Also ask the AI endpoint set in the data folder's settings and compare")
    boolean ai;

    @Override
    public Integer call() {
        logOutsideAnUnusedDataFolder();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String f = format.toLowerCase(Locale.ROOT);
        if (!f.equals("json") && !f.equals("text") || minConfidence < 0 || minConfidence > 1) {
            err.println(Messages.get(f.equals("json") || f.equals("text") ? "extract.cli.confidence" : "extract.cli.format",
                format));
            return 2;
        }
        ContractFile reader = new ContractFile(new ContractExtractor(ai ? aiClient() : ChatClient.NONE));
        List<ExtractOutput.Result> results = new ArrayList<>();
        boolean failed = false;
        for (Path file : files) {
            try {
                Extraction ex = reader.read(file);
                results.add(new ExtractOutput.Result(file.toString(), ex, null));
                if (!ex.aiProblem().isEmpty()) {
                    err.println(Messages.get("extract.cli.aiFallback", file, ex.aiProblem()));
                }
            } catch (BusinessRuleException e) {
                results.add(new ExtractOutput.Result(file.toString(), null, e.getMessage()));
                err.println(e.getMessage());
                failed = true;
            }
        }
        if (f.equals("json")) {
            ExtractOutput.json(results, minConfidence, out);
        } else {
            ExtractOutput.text(results, minConfidence, out);
        }
        out.flush();
        return failed ? 1 : 0;
    }

    /**
     * Where this run's log lines go, settled before the first logger exists: the data folder's {@code logs} when the
     * folder has them already, else a private temporary folder removed on exit, so that {@code extract} creates
     * nothing in a data folder it does not use.
     */
    private void logOutsideAnUnusedDataFolder() {
        Path logs = dataFolder().resolve("logs");
        if (Files.isDirectory(logs)) {
            System.setProperty(LogConfigurator.LOG_DIR_PROPERTY, logs.toString());
            return;
        }
        try {
            Path temp = Files.createTempDirectory("seatledger-extract-");
            temp.toFile().deleteOnExit();
            temp.resolve("seatledger.log").toFile().deleteOnExit();
            System.setProperty(LogConfigurator.LOG_DIR_PROPERTY, temp.toString());
        } catch (IOException e) {
            System.clearProperty(LogConfigurator.LOG_DIR_PROPERTY);
        }
    }

    private Path dataFolder() {
        return parent.dataDir != null ? parent.dataDir.toAbsolutePath() : DataFolder.fromEnvironment(List.of());
    }

    /** The configured endpoint, read without creating the data folder or its key file. */
    private ChatClient aiClient() {
        Path folder = dataFolder();
        if (!Files.isDirectory(folder)) {
            return ChatClient.NONE;
        }
        Settings settings = new Settings(folder);
        boolean keyed = !settings.get(AiSettings.KEY, "").isEmpty() && Files.exists(folder.resolve(AesGcmCipher.KEY_FILE));
        AiSettings s = keyed ? AiSettings.read(settings, AesGcmCipher.forDataFolder(folder))
            : new AiSettings(settings.get(AiSettings.URL, ""), settings.get(AiSettings.MODEL, ""), "");
        return new OpenAiChatClient(() -> s);
    }
}

package dev.seatledger.cli;

import dev.seatledger.core.common.BusinessRuleException;
import dev.seatledger.core.common.ErrorWords;
import dev.seatledger.core.common.FileProblem;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.NotFoundException;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.infra.db.DatabaseOpenException;
import dev.seatledger.infra.logging.LogConfigurator;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * What a command that failed prints: one or more lines in words on standard error (never an exception class name;
 * the trace goes to the log file), and the exit code: 1 for invalid input or a refused action, 2 when the database
 * cannot be opened or is lost.
 */
final class CliErrors implements CommandLine.IExecutionExceptionHandler {
    private final PrintWriter err;

    CliErrors(PrintWriter err) {
        this.err = err;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        Throwable e = ex instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : ex;
        if (e instanceof ValidationException v) {
            v.errors().forEach(f -> err.println(f.message()));
            return 1;
        }
        if (e instanceof BusinessRuleException || e instanceof NotFoundException || e instanceof FileProblem) {
            err.println(e.getMessage());
            return 1;
        }
        if (e instanceof DatabaseOpenException) {
            LoggerFactory.getLogger(CliErrors.class).warn("Database not opened", e);
            err.println(e.getMessage());
            return 2;
        }
        LoggerFactory.getLogger(CliErrors.class).error("Command {} failed", cmd.getCommandName(), e);
        if (ErrorWords.databaseLost(e)) {
            err.println(ErrorWords.describe(e));
            return 2;
        }
        err.println(Messages.get("cli.error.failed", ErrorWords.describe(e),
            LogConfigurator.logFile()));
        return 1;
    }
}

package dev.seatledger.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Failures said in words: the file and the problem, a lost or busy database; never an exception class. */
class ErrorWordsTest {

    @Test
    void aFileThatMayNotBeReadIsNamedWithThePermission() {
        Path file = Path.of("/srv/exports/people.csv");

        FileProblem p = FileProblem.reading(file, new AccessDeniedException(file.toString()));

        assertThat(p.getMessage()).isEqualTo("SeatLedger has no permission to use /srv/exports/people.csv. Check the file's"
            + " permissions.");
    }

    @Test
    void theParsersExceptionBecomesTheLineAndTheProblem() {
        var parser = new UncheckedIOException(new IOException(
            "org.apache.commons.csv.CSVException: (startline 7) EOF reached before encapsulated token finished"));

        assertThat(CsvProblem.describe(parser, 9)).isEqualTo(
            "Not valid CSV: the quoted value that starts on line 7 is never closed (a closing \" is missing).");
        assertThat(CsvProblem.describe(new IllegalStateException("java.io.IOException: Stream closed"), 4))
            .isEqualTo("Not valid CSV at line 4: Stream closed");
    }

    @Test
    void aLostOrBusyDatabaseIsSaidAsSuchAndAnythingElseLosesItsClassNames() {
        SQLException broken = new SQLException("Connection is broken: \"java.net.SocketException: Connection reset\"",
            "90067", 90067);
        SQLException busy = new SQLException("Timeout trying to lock table", "HYT00", 50200);

        assertThat(ErrorWords.describe(new RuntimeException("could not execute statement", broken)))
            .isEqualTo(Messages.get("db.error.lost"));
        assertThat(ErrorWords.databaseLost(new SQLTransientConnectionException("gone", "08006"))).isTrue();
        assertThat(ErrorWords.describe(new IllegalStateException("wrapped", busy))).isEqualTo(Messages.get("db.error.busy"));
        assertThat(ErrorWords.describe(new IllegalStateException("org.example.WidgetException: the widget broke")))
            .isEqualTo("the widget broke");
        assertThat(ErrorWords.describe(new NullPointerException())).isEqualTo(Messages.get("error.noDetail"));
        assertThat(ErrorWords.namesAClass("java.io.IOException: x")).isTrue();
        assertThat(ErrorWords.namesAClass("The file x.csv does not exist.")).isFalse();
    }
}

package dev.seatledger.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.common.Operator;
import dev.seatledger.core.history.HistoryAction;
import dev.seatledger.core.history.HistoryRecorder;
import dev.seatledger.core.history.SubjectType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** History written after the upgrade to sequence ids (V15) continues past the rows written before it. */
class SequenceUpgradeTest {

    @Test
    @dev.seatledger.testing.AboutH2
    void historyRowsWrittenBeforeTheUpgradeKeepTheirIdsAndNewOnesFollowThem(@TempDir Path dir) throws Exception {
        DatabaseConfig config = DatabaseConfig.h2(dir);
        Flyway.configure().dataSource(config.jdbcUrl(), config.user(), config.password())
            .locations(Migrations.LOCATION).placeholders(Migrations.placeholders(config.jdbcUrl())).target("14").load().migrate();
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
             Statement st = c.createStatement()) {
            for (int i = 0; i < 130; i++) {
                st.executeUpdate("insert into change_log (subject_type, subject_id, action, summary, changed_at, changed_by)"
                    + " values ('LICENSE', 7, 'EDIT', 'before " + i + "', current_timestamp, 'ana')");
            }
        }

        try (Database db = Database.open(config)) {
            HistoryRecorder history = new HistoryRecorder(Clock.systemUTC(), Operator.fixed("ben"));
            db.transactions().run(s -> {
                for (int i = 0; i < 120; i++) {
                    history.record(s, SubjectType.LICENSE, 7, HistoryAction.EDIT, "after " + i);
                }
            });
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select count(*), count(distinct id),"
                     + " min(case when changed_by = 'ben' then id end), max(case when changed_by = 'ana' then id end)"
                     + " from change_log")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(250);
                assertThat(rs.getLong(2)).isEqualTo(250);
                assertThat(rs.getLong(3)).isGreaterThan(rs.getLong(4));
            }
        }
    }
}

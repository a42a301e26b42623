package dev.seatledger.infra.db;

import dev.seatledger.core.common.ChangeCounter;
import dev.seatledger.core.common.Transactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * The change counter of an open database. H2: the version of its store, which every commit moves (each commit is
 * written as it returns, {@code WRITE_DELAY=0}) and reads leave alone. PostgreSQL: the rows inserted, updated and
 * deleted in the database's own tables by the server's statistics, which count a transaction once it has committed
 * (a connection reports them at most once a second, else when idle ten seconds, so a change may be seen that late).
 */
final class DatabaseChanges implements ChangeCounter {
    static final String H2 = "select cast(setting_value as bigint) from information_schema.settings"
        + " where setting_name = 'info.CURRENT_VERSION'";
    static final String POSTGRES = "select coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) from pg_stat_user_tables";

    private final Transactions tx;
    private final String sql;

    DatabaseChanges(Transactions tx, DatabaseConfig config) {
        this.tx = tx;
        this.sql = config.isPostgres() ? POSTGRES : H2;
    }

    @Override
    public long current() {
        return tx.readSql(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        });
    }
}

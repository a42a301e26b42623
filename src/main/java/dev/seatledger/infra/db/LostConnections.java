package dev.seatledger.infra.db;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.util.Set;

/**
 * Tells the pool to drop a connection whose server went away (the process that served the shared file ended): the
 * next connection opens the file itself or reaches the process that serves it now. H2's codes for a broken
 * connection are not among the SQL states the pool drops connections for on its own.
 */
public final class LostConnections implements SQLExceptionOverride {
    /** H2: connection broken, database closed, database closing. */
    static final Set<Integer> CODES = Set.of(90067, 90098, 90121);

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        return CODES.contains(e.getErrorCode()) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}

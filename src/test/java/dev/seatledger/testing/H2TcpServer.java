package dev.seatledger.testing;

import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.tools.Server;

/** An H2 TCP server on a free loopback port, so several processes open one database file; stopped on close. */
public final class H2TcpServer implements AutoCloseable {
    private final Server server;

    public H2TcpServer() throws SQLException {
        server = Server.createTcpServer("-tcpPort", "0", "-ifExists").start();
    }

    /** The URL of the SeatLedger database in {@code folder} through this server (forward slashes on every OS). */
    public String url(Path folder) {
        String file = folder.resolve("seatledger").toAbsolutePath().toString().replace('\\', '/');
        return "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/" + file + ";LOCK_TIMEOUT=5000";
    }

    @Override
    public void close() {
        server.stop();
    }
}

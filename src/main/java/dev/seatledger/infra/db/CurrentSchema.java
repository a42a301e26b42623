package dev.seatledger.infra.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Whether a database already has every migration this app ships, found with one query on Flyway's history table
 * and a look at the migration files on the class path, so that opening a current database does not start Flyway
 * (whose scan, validation and history read took most of a short command's time). Anything else (no history, a
 * failed or missing migration, a version this app does not ship) sends the opening through {@link Migrations}.
 */
final class CurrentSchema {
    /** Flyway's versioned migrations: {@code V<version>__<description>.sql}, or a Java migration's class. */
    private static final Pattern VERSIONED = Pattern.compile("(?:^|/)V([0-9][0-9._]*)__[^/]*\\.(?:sql|class)$");
    private static final String FOLDER = "db/migration";
    private static final String HISTORY = "flyway_schema_history";

    private CurrentSchema() {
    }

    /** Whether the database's successful migrations are exactly the ones bundled; false on any doubt. */
    static boolean holds(DataSource ds) {
        Set<String> bundled = bundled();
        if (bundled.isEmpty()) {
            return false;
        }
        try (Connection c = ds.getConnection()) {
            try {
                Set<String> applied = applied(c);
                return applied != null && applied.equals(bundled);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            return false; // a history that cannot be read: Flyway decides
        }
    }

    /** The versions of the successful migrations in the history; null without a history or when one of them failed. */
    static Set<String> applied(Connection c) throws SQLException {
        // asked first rather than failing the query: H2 writes every failed statement to a trace file
        try (ResultSet tables = c.getMetaData().getTables(null, null, HISTORY, null)) {
            if (!tables.next()) {
                return null;
            }
        }
        Set<String> versions = new TreeSet<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select \"version\", \"success\" from \"flyway_schema_history\""
                 + " where \"version\" is not null")) {
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return null;
                }
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }

    /** The versions of the migrations under {@code db/migration} on the class path (in a jar or a folder). */
    static Set<String> bundled() {
        Set<String> versions = new TreeSet<>();
        try {
            Enumeration<URL> roots = CurrentSchema.class.getClassLoader().getResources(FOLDER);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (root.getProtocol().equals("jar")) {
                    fromJar(root, versions);
                } else if (root.getProtocol().equals("file")) {
                    fromFolder(Path.of(root.toURI()), versions);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            return Set.of();
        }
        return versions;
    }

    private static void fromJar(URL root, Set<String> versions) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(true);
        JarFile jar = connection.getJarFile();
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (name.startsWith(FOLDER + "/")) {
                add(name, versions);
            }
        }
    }

    private static void fromFolder(Path folder, Set<String> versions) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).forEach(f -> add(folder.relativize(f).toString().replace('\\', '/'), versions));
        }
    }

    private static void add(String name, Set<String> versions) {
        Matcher m = VERSIONED.matcher(name);
        if (m.find()) {
            versions.add(m.group(1).replace('_', '.'));
        }
    }
}

package dev.seatledger.core.common;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SQL written with {@code :name} parameters, turned into JDBC's positional {@code ?} for reads that go
 * straight to a {@link PreparedStatement} (large lists, where mapping rows through Hibernate's native
 * query costs more than the query). Text inside single quotes is left alone, as is {@code ::}.
 */
public final class NamedSql {
    private final String sql;
    private final List<String> names;

    private NamedSql(String sql, List<String> names) {
        this.sql = sql;
        this.names = names;
    }

    public static NamedSql parse(String named) {
        StringBuilder out = new StringBuilder(named.length());
        List<String> names = new ArrayList<>();
        boolean quoted = false;
        for (int i = 0; i < named.length(); i++) {
            char c = named.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            if (!quoted && c == ':' && i + 1 < named.length() && named.charAt(i + 1) == ':') {
                out.append("::");
                i++;
                continue;
            }
            if (!quoted && c == ':' && i + 1 < named.length() && Character.isJavaIdentifierStart(named.charAt(i + 1))) {
                int end = i + 1;
                while (end < named.length() && Character.isJavaIdentifierPart(named.charAt(end))) {
                    end++;
                }
                names.add(named.substring(i + 1, end));
                out.append('?');
                i = end - 1;
                continue;
            }
            out.append(c);
        }
        return new NamedSql(out.toString(), List.copyOf(names));
    }

    /** The SQL with positional parameters. */
    public String sql() {
        return sql;
    }

    /** The parameter names in the order of their positions (a name used twice appears twice). */
    public List<String> names() {
        return names;
    }

    /** Binds every position from the values by name; a name without a value is an error. */
    public void bind(PreparedStatement ps, Map<String, ?> values) throws SQLException {
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("No value for parameter :" + name);
            }
            ps.setObject(i + 1, values.get(name));
        }
    }
}

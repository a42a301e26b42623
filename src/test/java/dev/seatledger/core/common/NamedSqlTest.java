package dev.seatledger.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamedSqlTest {
    @Test
    void namesBecomePositionsInOrderAndQuotedTextIsLeftAlone() {
        NamedSql s = NamedSql.parse("select 'a:b', x::text from t where a like :q or b like :q and d < :today_1");
        assertThat(s.sql()).isEqualTo("select 'a:b', x::text from t where a like ? or b like ? and d < ?");
        assertThat(s.names()).containsExactly("q", "q", "today_1");
    }

    @Test
    void bindsByNameOnARealStatement() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:named")) {
            NamedSql s = NamedSql.parse("select :n + 1, :d, ':n', :n");
            try (PreparedStatement ps = c.prepareStatement(s.sql())) {
                s.bind(ps, Map.of("n", 41, "d", LocalDate.of(2026, 11, 28)));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(42);
                    assertThat(rs.getObject(2, LocalDate.class)).isEqualTo(LocalDate.of(2026, 11, 28));
                    assertThat(rs.getString(3)).isEqualTo(":n");
                    assertThat(rs.getInt(4)).isEqualTo(41);
                }
                assertThatThrownBy(() -> s.bind(ps, Map.of("n", 1))).hasMessageContaining(":d");
            }
        }
    }
}

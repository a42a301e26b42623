package dev.seatledger.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/** A test about the embedded H2 file itself (its bytes, its file lock, its TCP server): skipped on PostgreSQL. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@DisabledIfSystemProperty(named = TestPostgres.DB_PROPERTY, matches = "(?i)postgres",
    disabledReason = "about the embedded H2 database file")
public @interface H2Only {
}

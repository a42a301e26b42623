package dev.seatledger.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** A test that needs the PostgreSQL test server ({@code -Dseatledger.test.db=postgres}). */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfSystemProperty(named = TestPostgres.DB_PROPERTY, matches = "(?i)postgres",
    disabledReason = "runs with -Dseatledger.test.db=postgres")
public @interface PostgresOnly {
}

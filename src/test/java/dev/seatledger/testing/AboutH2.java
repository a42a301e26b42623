package dev.seatledger.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test about the embedded H2 database itself (its query plans, its file's bytes, its file lock, its TCP server).
 * It runs in every run, the PostgreSQL run included, always on an H2 file: {@link TestDatabase#forTest} gives a test
 * carrying this tag the H2 database, and tests that open their own H2 file use {@link TestDatabase#h2In}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(AboutH2.TAG)
public @interface AboutH2 {
    String TAG = "about-h2";
}

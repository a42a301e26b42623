package dev.seatledger.infra.db;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

/**
 * Hibernate's JSON column mapper for a schema that has no JSON columns. Without it Hibernate builds a Jackson
 * {@code ObjectMapper} while the database opens, because Jackson is on the class path (for the AI and export
 * code): about 370 classes and 100–150 ms of a cold start (ADR 0029). Any use fails loudly.
 */
final class NoJsonColumns implements FormatMapper {
    static final NoJsonColumns INSTANCE = new NoJsonColumns();

    private NoJsonColumns() {
    }

    @Override
    public <T> T fromString(CharSequence charSequence, JavaType<T> javaType, WrapperOptions wrapperOptions) {
        throw unsupported();
    }

    @Override
    public <T> String toString(T value, JavaType<T> javaType, WrapperOptions wrapperOptions) {
        throw unsupported();
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("SeatLedger maps no JSON columns");
    }
}

package dev.seatledger.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One database holding the app's sample data for a whole test class, made before the class's first test (and so
 * before a JavaFX test's start method) and closed after its last. Registered as a static field with
 * {@code @RegisterExtension}.
 */
public final class SampleDatabase implements BeforeAllCallback, AfterAllCallback {
    private TestDatabase db;

    @Override
    public void beforeAll(ExtensionContext context) {
        db = TestDatabase.create();
        db.services().sampleData().load();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        db.close();
    }

    public TestDatabase db() {
        return db;
    }
}

package dev.seatledger.core.license;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.seatledger.testing.AboutH2;
import dev.seatledger.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.slf4j.LoggerFactory;

class LicenseKeyTest {
    private static final String KEY = "ZX81-SPECTRUM-C64-AMIGA-9Q7W";

    private TestDatabase db;
    private ListAppender<ILoggingEvent> logs;
    private Logger root;

    @BeforeEach
    void open(TestInfo test) {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        root.setLevel(ch.qos.logback.classic.Level.DEBUG);
        db = TestDatabase.forTest(test);
    }

    @AfterEach
    void close() {
        db.close();
        root.detachAppender(logs);
        root.setLevel(ch.qos.logback.classic.Level.WARN);
    }

    @Test
    @AboutH2
    void keyIsEncryptedInTheDatabaseFileAndMaskedOnReadBack() throws Exception {
        long product = new LicenseFixtures(db.services()).product("AutoCAD", "Autodesk");
        long id = db.services().licenses().create(LicenseDraft.defaults(product).withKey(KEY)).id();

        String raw;
        try (Connection c = db.database().dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select license_key_enc from license where id = " + id)) {
            rs.next();
            raw = rs.getString(1);
        }
        assertThat(raw).isNotBlank().doesNotContain(KEY).doesNotContain("9Q7W");

        LicenseDetail detail = db.services().licenses().detail(id);
        assertThat(detail.maskedKey()).isEqualTo("••••••••9Q7W");
        assertThat(detail.toString()).doesNotContain(KEY);
        assertThat(db.services().licenses().revealKey(id)).isEqualTo(KEY);
        assertThat(LicenseDraft.defaults(product).withKey(KEY).toString()).doesNotContain(KEY).contains("9Q7W");

        db.database().close();
        byte[] file = Files.readAllBytes(db.folder().resolve("seatledger.mv.db"));
        assertThat(new String(file, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(KEY);
        db = db.openAgain();
        assertThat(db.services().licenses().revealKey(id)).isEqualTo(KEY);

        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
            .noneMatch(m -> m.contains(KEY));
    }

    @Test
    void editingWithoutAKeyKeepsItAndBlankRemovesIt() {
        long product = new LicenseFixtures(db.services()).product("AutoCAD", "Autodesk");
        long id = db.services().licenses().create(LicenseDraft.defaults(product).withKey(KEY)).id();

        db.services().licenses().update(id, db.services().licenses().draftOf(id).withName("Renamed"));
        assertThat(db.services().licenses().revealKey(id)).isEqualTo(KEY);

        db.services().licenses().update(id, db.services().licenses().draftOf(id).withKey(""));
        assertThat(db.services().licenses().detail(id).hasKey()).isFalse();
    }

    @Test
    @org.junit.jupiter.api.condition.DisabledOnOs(value = org.junit.jupiter.api.condition.OS.WINDOWS,
        disabledReason = "reads POSIX permissions (ADR 0018); Windows files have ACLs instead")
    void keyFileIsOwnerOnly() throws Exception {
        Path keyFile = db.folder().resolve("secret.key");
        assertThat(keyFile).exists();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
            .isEqualTo("rw-------");
    }

    @Test
    void maskShowsOnlyTheLastFour() {
        assertThat(KeyMask.mask("ABCD-1234")).isEqualTo("••••••••1234");
        assertThat(KeyMask.mask("ABC")).isEqualTo("••••••••");
        assertThat(KeyMask.mask(null)).isEmpty();
    }
}

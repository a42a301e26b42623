package dev.seatledger.infra.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatledger.infra.crypto.AesGcmCipher;
import dev.seatledger.infra.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseSelectionTest {
    private static final String URL = "jdbc:postgresql://db.example.org:5432/seatledger";
    private static final String SECRET = "Tr0ub4dor&3-horse";

    @Test
    void withNothingGivenTheEmbeddedDatabaseInTheDataFolderIsUsed(@TempDir Path dir) {
        DatabaseConfig c = resolve(DatabaseSelection.Given.NONE, dir, Map.of());

        assertThat(c).isEqualTo(DatabaseConfig.h2(dir));
    }

    @Test
    void commandLineOptionsAreReadInBothForms() {
        DatabaseSelection.Given g = DatabaseSelection.Given.fromArgs(
            List.of("--data-dir", "/x", "--jdbc-url", URL, "--db-user=ana", "--db-password", SECRET));

        assertThat(g).isEqualTo(new DatabaseSelection.Given(URL, "ana", SECRET));
        assertThat(g.toString()).doesNotContain(SECRET);
    }

    @Test
    void savedPasswordIsEncryptedInTheSettingsFileAndUsedNextTime(@TempDir Path dir) throws Exception {
        Settings settings = new Settings(dir);
        DatabaseSelection.remember(settings, AesGcmCipher.forDataFolder(dir), DatabaseConfig.postgres(URL, "ana", SECRET));

        String file = Files.readString(dir.resolve("settings.properties"));
        assertThat(file).contains("db.url=").contains("db.user=ana").contains("db.password=").doesNotContain(SECRET);

        DatabaseConfig c = resolve(DatabaseSelection.Given.NONE, dir, Map.of());
        assertThat(c.jdbcUrl()).isEqualTo(URL);
        assertThat(c.user()).isEqualTo("ana");
        assertThat(c.password()).isEqualTo(SECRET);
        assertThat(c.toString()).doesNotContain(SECRET);
    }

    @Test
    void commandLineWinsOverSettingsAndTheEnvironmentSuppliesAPassword(@TempDir Path dir) {
        Settings settings = new Settings(dir);
        DatabaseSelection.remember(settings, AesGcmCipher.forDataFolder(dir), DatabaseConfig.postgres(URL, "ana", SECRET));
        String other = "jdbc:postgresql://127.0.0.1:5433/other";

        DatabaseConfig byArgs = resolve(new DatabaseSelection.Given(other, "ben", "pw"), dir, Map.of());
        DatabaseConfig byEnv = resolve(new DatabaseSelection.Given(other, "ben", null), dir,
            Map.of(DatabaseSelection.PASSWORD_ENV, "from-env"));
        DatabaseConfig savedUrlAgain = resolve(new DatabaseSelection.Given(URL, null, null), dir, Map.of());

        assertThat(byArgs).isEqualTo(DatabaseConfig.postgres(other, "ben", "pw"));
        assertThat(byEnv.password()).isEqualTo("from-env");
        assertThat(savedUrlAgain).isEqualTo(DatabaseConfig.postgres(URL, "ana", SECRET));
    }

    @Test
    void forgettingGoesBackToTheEmbeddedDatabase(@TempDir Path dir) throws Exception {
        Settings settings = new Settings(dir);
        DatabaseSelection.remember(settings, AesGcmCipher.forDataFolder(dir), DatabaseConfig.postgres(URL, "ana", SECRET));

        DatabaseSelection.forget(settings);

        assertThat(Files.readString(dir.resolve("settings.properties"))).doesNotContain("db.");
        assertThat(resolve(DatabaseSelection.Given.NONE, dir, Map.of())).isEqualTo(DatabaseConfig.h2(dir));
    }

    @Test
    void anAddressThatIsNotAJdbcUrlIsAClearMessage(@TempDir Path dir) {
        assertThatThrownBy(() -> resolve(new DatabaseSelection.Given("postgres://db/seatledger?password=x", "a", "b"),
                dir, Map.of()))
            .isInstanceOf(DatabaseOpenException.class)
            .hasMessageContaining("jdbc:postgresql://")
            .hasMessageNotContaining("password=x");
    }

    @Test
    void describeNeverShowsAPasswordInTheUrl() {
        DatabaseConfig c = DatabaseConfig.postgres(URL + "?user=ana&password=" + SECRET + "&ssl=true", "ana", SECRET);

        assertThat(c.describe()).doesNotContain(SECRET).contains("password=***").contains("ssl=true");
        assertThat(c.toString()).doesNotContain(SECRET);
    }

    private static DatabaseConfig resolve(DatabaseSelection.Given given, Path dir, Map<String, String> env) {
        return DatabaseSelection.resolve(given, new Settings(dir), AesGcmCipher.forDataFolder(dir), dir, env);
    }
}

package dev.seatledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.document.DocumentKind;
import dev.seatledger.core.document.DocumentRow;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.testing.AboutH2;
import dev.seatledger.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@AboutH2
class PurgeDocumentsCommandTest {

    @Test
    void deletesOnlyTheFilesOfRemovedDocuments(@TempDir Path dir, @TempDir Path files) throws Exception {
        Path stored;
        Path kept;
        try (TestDatabase db = TestDatabase.h2In(dir)) {
            var s = db.services();
            long product = s.products().create(ProductDraft.of("Miro", "Miro", null));
            long license = s.licenses().create(LicenseDraft.defaults(product)).id();
            Path a = Files.writeString(files.resolve("old quote.txt"), "Quote 1");
            Path b = Files.writeString(files.resolve("contract.txt"), "Contract 2");
            DocumentRow removed = s.documents().attach(license, a, DocumentKind.QUOTE);
            DocumentRow live = s.documents().attach(license, b, DocumentKind.CONTRACT);
            s.documents().archive(removed.id());
            stored = dir.resolve("documents").resolve(removed.sha256());
            kept = dir.resolve("documents").resolve(live.sha256());
        }
        assertThat(stored).exists();
        StringWriter out = new StringWriter();

        int code = SeatLedgerCli.run(new String[] {"--data-dir", dir.toString(), "purge-documents"},
            new PrintWriter(out), new PrintWriter(new StringWriter()));

        assertThat(code).isZero();
        assertThat(out.toString()).contains("1 document file deleted");
        assertThat(stored).doesNotExist();
        assertThat(kept).exists();
    }
}

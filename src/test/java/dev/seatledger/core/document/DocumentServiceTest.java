package dev.seatledger.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.common.BusinessRuleException;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.history.HistoryRow;
import dev.seatledger.core.history.SubjectType;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.testing.TestDatabase;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentServiceTest {
    private TestDatabase db;
    private AppServices s;
    private long license;
    private long other;
    @TempDir Path dir;

    @BeforeEach
    void setUp() {
        db = TestDatabase.create();
        s = db.services();
        long product = s.products().create(ProductDraft.of("Figma", "Figma Inc.", "Design"));
        license = s.licenses().create(LicenseDraft.defaults(product).withName("Org")).id();
        other = s.licenses().create(LicenseDraft.defaults(product).withName("Agency")).id();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Path file(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private Path stored(String sha) {
        return db.folder().resolve("documents").resolve(sha);
    }

    @Test
    void attachStoresTheFileUnderItsHashAndListsIt() throws Exception {
        Path pdf = file("order.pdf", "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
        DocumentRow row = s.documents().attach(license, pdf, DocumentKind.ORDER_FORM);

        assertThat(row.fileName()).isEqualTo("order.pdf");
        assertThat(row.mediaType()).isEqualTo("application/pdf");
        assertThat(row.sizeBytes()).isEqualTo(Files.size(pdf));
        assertThat(row.uploadedBy()).isEqualTo("tester");
        assertThat(row.sha256()).isEqualTo(DocumentService.sha256(pdf)).hasSize(64);
        assertThat(stored(row.sha256())).hasSameBinaryContentAs(pdf);
        assertThat(s.documents().list(license, false)).extracting(DocumentRow::fileName, DocumentRow::kind)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("order.pdf", DocumentKind.ORDER_FORM));
        assertThat(s.documents().file(row.id())).hasSameBinaryContentAs(pdf);
        assertThat(Files.list(stored(row.sha256()).getParent())).hasSize(1);
    }

    @Test
    void sameFileTwiceOnOneLicenseNamesTheExistingDocument() throws Exception {
        s.documents().attach(license, file("contract.txt", "Master agreement"), DocumentKind.CONTRACT);
        Path copy = file("copy of contract.txt", "Master agreement");

        assertThatThrownBy(() -> s.documents().attach(license, copy, DocumentKind.OTHER))
            .isInstanceOf(BusinessRuleException.class)
            .hasMessage("This file is already attached to this license as “contract.txt”.");
        assertThat(s.documents().list(license, false)).hasSize(1);

        s.documents().attach(other, copy, DocumentKind.CONTRACT);
        assertThat(s.documents().list(other, false)).hasSize(1);
    }

    @Test
    void fileOverFiftyMegabytesIsRefusedWithItsSize() throws Exception {
        Path big = dir.resolve("scan.pdf");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(DocumentService.MAX_BYTES + 1);
        }
        assertThatThrownBy(() -> s.documents().attach(license, big, DocumentKind.CONTRACT))
            .isInstanceOf(ValidationException.class)
            .hasMessage("scan.pdf is 50.0 MB; documents are limited to 50.0 MB.");
        assertThat(s.documents().list(license, true)).isEmpty();
        assertThat(db.folder().resolve("documents")).doesNotExist();
    }

    @Test
    void typeIsCheckedByExtensionAndContent() throws Exception {
        assertThatThrownBy(() -> s.documents().attach(license, file("setup.exe", "MZ"), DocumentKind.OTHER))
            .hasMessageStartingWith("setup.exe is not a supported document");
        assertThatThrownBy(() -> s.documents().attach(license, file("renamed.pdf", "just text"), DocumentKind.OTHER))
            .hasMessage("renamed.pdf is named as a PDF file but its content is not PDF; it may be damaged or renamed.");
        assertThatThrownBy(() -> s.documents().attach(license, file("empty.txt", ""), DocumentKind.OTHER))
            .hasMessage("empty.txt is empty.");
        Path png = dir.resolve("logo.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
        assertThat(s.documents().attach(license, png, DocumentKind.OTHER).mediaType()).isEqualTo("image/png");
        Path jpeg = dir.resolve("photo.JPG");
        Files.write(jpeg, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1});
        assertThat(s.documents().attach(license, jpeg, DocumentKind.OTHER).mediaType()).isEqualTo("image/jpeg");
        assertThat(s.documents().attach(license, file("mail.eml", "From: a@b.c\nSubject: x\n\nbody"),
            DocumentKind.OTHER).mediaType()).isEqualTo("message/rfc822");
    }

    @Test
    void removeArchivesAndKeepsTheFileUntilPurge() throws Exception {
        Path txt = file("quote.txt", "Quote Q-1");
        DocumentRow a = s.documents().attach(license, txt, DocumentKind.QUOTE);
        DocumentRow b = s.documents().attach(other, txt, DocumentKind.QUOTE);
        DocumentRow c = s.documents().attach(license, file("invoice.txt", "Invoice 7"), DocumentKind.INVOICE);

        s.documents().archive(a.id());
        s.documents().archive(c.id());
        assertThat(s.documents().list(license, false)).isEmpty();
        assertThat(s.documents().list(license, true)).extracting(DocumentRow::archived).containsOnly(true);
        assertThat(stored(a.sha256())).exists();
        assertThat(stored(c.sha256())).exists();

        assertThat(s.documents().purge()).isEqualTo(1);
        assertThat(stored(c.sha256())).doesNotExist();
        assertThat(stored(a.sha256())).as("still used by the other license").exists();

        s.documents().archive(b.id());
        assertThat(s.documents().purge()).isEqualTo(1);
        assertThat(stored(a.sha256())).doesNotExist();
        assertThat(s.documents().purge()).isZero();
    }

    @Test
    void attachAndRemoveAreInTheLicenseHistory() throws Exception {
        DocumentRow row = s.documents().attach(license, file("msa.txt", "MSA"), DocumentKind.CONTRACT);
        s.documents().archive(row.id());
        List<HistoryRow> h = s.history().of(SubjectType.LICENSE, license, 10);
        assertThat(h).extracting(HistoryRow::action).contains(dev.seatledger.core.history.HistoryAction.DOCUMENT_ADD, dev.seatledger.core.history.HistoryAction.DOCUMENT_REMOVE);
        assertThat(h).extracting(HistoryRow::summary).contains("msa.txt (Contract)", "msa.txt");
    }
}

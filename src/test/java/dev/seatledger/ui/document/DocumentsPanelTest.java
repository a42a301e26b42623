package dev.seatledger.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.document.DocumentKind;
import dev.seatledger.core.document.DocumentRow;
import dev.seatledger.core.document.TestFiles;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.testing.Snapshots;
import dev.seatledger.testing.TempFolders;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.testing.TestScenes;
import dev.seatledger.ui.common.FxTaskExecutor;
import dev.seatledger.ui.license.LicensePage;
import dev.seatledger.ui.license.LicensePageTab;
import dev.seatledger.ui.license.LicensePageViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DocumentsPanelTest {
    private static TestDatabase db;
    private static int run;
    private FxTaskExecutor executor;
    private long license;
    private Path folder;
    private DocumentsPanelViewModel vm;
    private LicensePage page;
    private final AtomicReference<String> openedOn = new AtomicReference<>();
    private final AtomicReference<String> openedName = new AtomicReference<>();

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("docs-ui");
        run++;
        TestDatabase t = db;
        CompletableFuture.runAsync(() -> {
            try {
                long product = t.services().products().create(
                    ProductDraft.of(run == 1 ? "Acme CRM Enterprise" : "Acme CRM " + run, "Acme", "Sales"));
                license = t.services().licenses().create(LicenseDraft.defaults(product).withName("Sales")).id();
                Path pdf = TestFiles.pdf(folder.resolve("Acme order form.pdf"),
                    TestFiles.lines("acme-crm-order-form.txt"));
                t.services().documents().attach(license, pdf, DocumentKind.ORDER_FORM);
                Path quote = folder.resolve("quote.txt");
                Files.writeString(quote, "Quote for 300 users");
                t.services().documents().attach(license, quote, DocumentKind.QUOTE);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).join();
        AppServices s = db.services();
        executor = new FxTaskExecutor();
        vm = new DocumentsPanelViewModel(s.documents(), s.contractTerms(), executor, (stored, name) -> {
            openedOn.set(Thread.currentThread().getName());
            openedName.set(name + ":" + Files.size(stored));
        }, license);
        LicensePageTab documents = LicensePageTab.of("Documents", 30, ctx -> new DocumentsPanel(vm, (ex, lines) -> {
            ExtractionReviewDialog d = new ExtractionReviewDialog(
                new ExtractionReviewViewModel(s.contractTerms(), executor, license, ex, lines));
            d.initOwner(stage);
            d.show();
        }).root());
        page = new LicensePage(new LicensePageViewModel(s.licenses(), s.catalog(), executor, db.fixedClock(), license),
            () -> { }, () -> { }, List.of(documents));
        TestScenes.show(stage, page.root(), 1200, 820);
    }

    @org.junit.jupiter.api.BeforeAll
    static void openDatabase() {
        db = TestDatabase.create();
    }

    @AfterEach
    void close() {
        executor.close();
        TempFolders.delete(folder);
    }

    @org.junit.jupiter.api.AfterAll
    static void closeDatabase() {
        db.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<DocumentRow> table(FxRobot robot) {
        return robot.lookup("#documentsTable").queryAs(TableView.class);
    }

    private void showTab(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup(".related-tabs").queryAs(TabPane.class).getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 2);
    }

    @Test
    void listsOpensAndRemovesDocuments(FxRobot robot) throws Exception {
        showTab(robot);
        assertThat(table(robot).getItems()).extracting(DocumentRow::fileName)
            .containsExactlyInAnyOrder("Acme order form.pdf", "quote.txt");
        robot.interact(() -> Snapshots.save(table(robot).getScene(), "documents-panel"));

        robot.interact(() -> table(robot).getSelectionModel().select(
            table(robot).getItems().stream().filter(r -> r.fileName().equals("quote.txt")).findFirst().orElseThrow()));
        robot.clickOn("#openDocumentButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> openedName.get() != null);
        assertThat(openedName.get()).isEqualTo("quote.txt:19");
        assertThat(openedOn.get()).isNotEqualTo("JavaFX Application Thread");

        robot.interact(() -> vm.setKind(table(robot).getSelectionModel().getSelectedItem(), DocumentKind.INVOICE));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().stream()
            .anyMatch(r -> r.fileName().equals("quote.txt") && r.kind() == DocumentKind.INVOICE));
        robot.interact(() -> table(robot).getSelectionModel().select(
            table(robot).getItems().stream().filter(r -> r.fileName().equals("quote.txt")).findFirst().orElseThrow()));
        robot.clickOn("#removeDocumentButton");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 1);
        assertThat(db.services().documents().list(license, true)).hasSize(2);
    }

    @Test
    void duplicateAndUnsupportedFilesAreNamedInTheBanner(FxRobot robot) throws Exception {
        showTab(robot);
        Path copy = folder.resolve("copy.txt");
        Files.writeString(copy, "Quote for 300 users");
        Path exe = folder.resolve("tool.exe");
        Files.writeString(exe, "MZ");
        Path fresh = folder.resolve("invoice.txt");
        Files.writeString(fresh, "Invoice number: INV-1");
        robot.interact(() -> vm.attach(List.of(copy, exe, fresh)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 3);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".error-banner").tryQuery().isPresent());
        String banner = robot.lookup(".error-banner").queryAs(Label.class).getText();
        assertThat(banner).contains("already attached to this license as “quote.txt”")
            .contains("tool.exe is not a supported document");
    }

    @Test
    void extractedTermsAreReviewedAndTheTickedOnesApplied(FxRobot robot) throws Exception {
        showTab(robot);
        robot.interact(() -> table(robot).getSelectionModel().select(
            table(robot).getItems().stream().filter(r -> r.fileName().endsWith(".pdf")).findFirst().orElseThrow()));
        robot.clickOn("#extractTermsButton");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#reviewTable").tryQuery().isPresent());
        TableView<ReviewItem> review = robot.lookup("#reviewTable").queryAs(TableView.class);
        assertThat(review.getItems()).extracting(i -> i.line().proposal().field().name())
            .contains("SEATS", "NOTICE_DAYS", "TOTAL_PRICE", "PO_NUMBER");
        assertThat(robot.lookup("#reviewSource").queryAs(Label.class).getText()).startsWith("Read by the built-in rules");
        robot.interact(() -> review.getItems().forEach(i -> i.acceptedProperty().set(
            List.of("SEATS", "NOTICE_DAYS", "PO_NUMBER").contains(i.line().proposal().field().name()))));
        robot.interact(() -> Snapshots.save(review.getScene(), "review-dialog"));
        robot.clickOn("#applyTermsButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
            () -> db.services().licenses().draftOf(license).seatsTotal() == 250);
        dev.seatledger.core.license.LicenseDraft d = db.services().licenses().draftOf(license);
        assertThat(d.renewalNoticeDays()).isEqualTo(90);
        assertThat(d.purchaseOrder()).isEqualTo("PO-2026-0412");
        assertThat(d.totalCost()).isNull();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
            () -> Window.getWindows().stream().noneMatch(w -> w.getScene() != null
                && w.getScene().lookup("#reviewTable") != null));
    }
}

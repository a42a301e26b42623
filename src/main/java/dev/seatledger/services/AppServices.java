package dev.seatledger.services;

import dev.seatledger.core.assignment.AssignmentService;
import dev.seatledger.core.audit.AuditService;
import dev.seatledger.core.common.CurrencyConverter;
import dev.seatledger.core.telemetry.AliasService;
import dev.seatledger.core.telemetry.InstalledProducts;
import dev.seatledger.core.telemetry.TelemetryImporter;
import dev.seatledger.core.telemetry.TelemetryQuery;
import dev.seatledger.core.utilization.ReclaimService;
import dev.seatledger.core.utilization.UtilizationQuery;
import dev.seatledger.core.history.HistoryQuery;
import dev.seatledger.core.notification.NotificationService;
import dev.seatledger.core.assignment.HolderQuery;
import dev.seatledger.core.assignment.SeatQuery;
import dev.seatledger.core.catalog.CatalogQuery;
import dev.seatledger.core.common.Preferences;
import dev.seatledger.core.people.PersonQuery;
import dev.seatledger.core.people.PersonService;
import dev.seatledger.core.catalog.ProductService;
import dev.seatledger.core.common.Operator;
import dev.seatledger.core.common.SecretCipher;
import dev.seatledger.core.license.LicenseQuery;
import dev.seatledger.core.license.LicenseService;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.sample.SampleData;
import dev.seatledger.core.finance.DormantSeatSource;
import dev.seatledger.core.finance.ExchangeRateService;
import dev.seatledger.core.finance.FinanceExports;
import dev.seatledger.core.finance.FinanceQuery;
import dev.seatledger.core.finance.RenewalReviewService;
import dev.seatledger.core.finance.SavingsSource;
import dev.seatledger.core.ai.AiSettings;
import dev.seatledger.core.ai.ChatClient;
import dev.seatledger.core.document.DocumentService;
import dev.seatledger.core.document.DocumentStore;
import dev.seatledger.core.document.extract.ContractExtractor;
import dev.seatledger.core.document.extract.ContractTerms;
import dev.seatledger.infra.ai.OpenAiChatClient;
import dev.seatledger.infra.document.FileDocumentStore;
import java.nio.file.Path;
import dev.seatledger.core.grade.GradeQuery;
import dev.seatledger.core.grade.GradeService;
import dev.seatledger.core.recognition.KnowledgeFiles;
import dev.seatledger.core.recognition.KnowledgeSource;
import dev.seatledger.core.recognition.RecognitionService;
import java.time.Clock;

/** The core services of one open database, wired by constructor. */
public record AppServices(Transactions tx, Clock clock, Operator operator,
                          ProductService products, CatalogQuery catalog, LicenseService licenses,
                          LicenseQuery licenseQuery, PersonService people, PersonQuery personQuery,
                          AssignmentService assignments, SeatQuery seats, HolderQuery holders, AuditService audits,
                          NotificationService notifications, HistoryQuery history, SampleData sampleData,
                          TelemetryImporter telemetryImporter, TelemetryQuery telemetry, AliasService aliases,
                          UtilizationQuery utilization, ReclaimService reclaim,
                          ExchangeRateService exchangeRates, RenewalReviewService renewalReviews,
                          FinanceQuery finance, FinanceExports financeExports,
                          dev.seatledger.core.importing.LicenseImport licenseImport,
                          dev.seatledger.core.importing.PeopleImport peopleImport,
                          DocumentService documents, ContractTerms contractTerms, ChatClient ai,
                          GradeService grades, GradeQuery gradeQuery, RecognitionService recognition) {

    public static final int DEFAULT_DORMANCY_DAYS = 90;

    public static AppServices create(Transactions tx, Clock clock, Operator operator, SecretCipher cipher) {
        return create(tx, clock, operator, cipher, () -> DEFAULT_DORMANCY_DAYS);
    }

    public static AppServices create(Transactions tx, Clock clock, Operator operator, SecretCipher cipher,
                                     Preferences prefs) {
        return create(tx, clock, operator, cipher, dormancyDays(prefs), baseCurrency(prefs));
    }

    /** The days without use after which a seat counts as dormant, as the settings say at each call. */
    public static java.util.function.IntSupplier dormancyDays(Preferences prefs) {
        return () -> prefs.getInt(Preferences.DORMANCY_DAYS, DEFAULT_DORMANCY_DAYS);
    }

    /** The currency totals are shown in, as the settings say at each call. */
    public static java.util.function.Supplier<String> baseCurrency(Preferences prefs) {
        return () -> prefs.get(Preferences.BASE_CURRENCY, "EUR");
    }

    /** The app's services: documents in the data folder, the AI endpoint read from the settings at each call. */
    public static AppServices create(Transactions tx, Clock clock, Operator operator, SecretCipher cipher,
                                     Preferences prefs, Path dataFolder) {
        return create(tx, clock, operator, cipher, dormancyDays(prefs), baseCurrency(prefs),
            FileDocumentStore.inDataFolder(dataFolder), new OpenAiChatClient(() -> AiSettings.read(prefs, cipher)),
            KnowledgeFiles.inDataFolder(dataFolder));
    }

    public static AppServices create(Transactions tx, Clock clock, Operator operator, SecretCipher cipher,
                                     java.util.function.IntSupplier dormancyDays) {
        return create(tx, clock, operator, cipher, dormancyDays, () -> "EUR");
    }


    public static AppServices create(Transactions tx, Clock clock, Operator operator, SecretCipher cipher,
                                     java.util.function.IntSupplier dormancyDays,
                                     java.util.function.Supplier<String> baseCurrency) {
        return create(tx, clock, operator, cipher, dormancyDays, baseCurrency, DocumentStore.NONE, ChatClient.NONE,
            KnowledgeFiles.shipped());
    }

    /** {@code knowledge}: the software knowledge base, with the data folder's own file in the app. */
    public static AppServices create(Transactions tx, Clock clock, Operator operator, SecretCipher cipher,
                                     java.util.function.IntSupplier dormancyDays,
                                     java.util.function.Supplier<String> baseCurrency,
                                     DocumentStore documentStore, ChatClient ai, KnowledgeSource knowledge) {
        AssignmentService assignments = new AssignmentService(tx, clock, operator);
        RecognitionService recognition = new RecognitionService(tx, knowledge);
        ProductService products = new ProductService(tx, clock, operator, InstalledProducts.productHooks(recognition));
        NotificationService notifications = new NotificationService(tx, clock, operator);
        UtilizationQuery[] utilization = new UtilizationQuery[1];
        FinanceQuery finance = new FinanceQuery(tx, clock, dormant -> utilization[0].savingsByCurrency(dormant),
            () -> utilization[0].dormantCountsByLicense());
        CurrencyConverter converter = new dev.seatledger.core.finance.RateTableConverter(finance, baseCurrency);
        utilization[0] = new UtilizationQuery(tx, clock, dormancyDays, converter);
        TelemetryImporter importer = new TelemetryImporter(tx, recognition);
        LicenseService licenses = new LicenseService(tx, clock, operator, cipher);
        DocumentService documents = new DocumentService(tx, clock, operator, documentStore);
        GradeService grades = new GradeService(tx, clock, operator, ai);
        ContractTerms contractTerms = new ContractTerms(documents, licenses, products, new CatalogQuery(tx),
            new ContractExtractor(ai));
        return new AppServices(tx, clock, operator,
            products,
            new CatalogQuery(tx),
            licenses,
            new LicenseQuery(tx, clock),
            new PersonService(tx, clock, operator),
            new PersonQuery(tx, clock),
            assignments,
            new SeatQuery(tx),
            new HolderQuery(tx, clock, dormancyDays),
            new AuditService(tx, clock, operator),
            notifications,
            new HistoryQuery(tx),
            new SampleData(tx, clock, operator, cipher, importer, grades),
            importer,
            new TelemetryQuery(tx),
            new AliasService(tx, products, recognition, clock, operator),
            utilization[0],
            new ReclaimService(tx, clock, operator, assignments, notifications),
            new ExchangeRateService(tx, clock, operator),
            new RenewalReviewService(tx, clock, operator),
            finance,
            new FinanceExports(clock),
            new dev.seatledger.core.importing.LicenseImport(tx, clock, operator, cipher, recognition),
            new dev.seatledger.core.importing.PeopleImport(tx, clock, operator),
            documents, contractTerms, ai,
            grades,
            new GradeQuery(tx),
            recognition);
    }
}

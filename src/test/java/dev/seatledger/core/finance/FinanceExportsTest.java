package dev.seatledger.core.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.LicenseStatus;
import dev.seatledger.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FinanceExportsTest {
    private TestDatabase db;
    private AppServices s;
    private LocalDate today;
    private long slack;
    private long zoom;

    @BeforeEach
    void setUp() {
        db = TestDatabase.create();
        s = db.services();
        today = db.clock().today();
        FinanceFixtures f = new FinanceFixtures(s);
        long p1 = f.product("Slack", "Slack", "Communication");
        long p2 = f.product("Zoom", "Zoom", "Communication");
        long p3 = f.product("Tool", "Acme", "Misc");
        slack = f.create(f.draft(p1, "1200.00", "EUR", BillingCycle.ANNUAL).withName("Business+")
            .withDates(null, today.minusMonths(11), today.plusDays(20), today.plusDays(21)).withNoticeDays(45)
            .withOwner("=cmd|' /C calc'!A0").copy().autoRenew(true).build());
        zoom = f.create(f.draft(p2, "100.00", "USD", BillingCycle.MONTHLY).withName("Pro")
            .withDates(null, today.minusMonths(5), today.plusDays(40), null).withNoticeDays(14)
            .withStatus(LicenseStatus.TRIAL));
        f.create(f.draft(p3, "700.00", "SEK", BillingCycle.ANNUAL).withDates(null, null, today.plusDays(60), null));
        s.exchangeRates().save("EUR", "USD", new BigDecimal("0.9"), null);
        s.renewalReviews().save(slack, Decision.RENEGOTIATE, 40, "Ask for a discount");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void icsParsesBackWithOneEventPerDateAndANoticeDaysReminder() throws Exception {
        List<AgendaRow> rows = s.finance().dates("EUR", today, today.plusYears(1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.financeExports().calendar(rows, out);

        Calendar cal = new CalendarBuilder().build(new ByteArrayInputStream(out.toByteArray()));
        List<VEvent> events = cal.getComponents(Component.VEVENT);
        assertThat(events).hasSize(rows.size()).hasSize(4);
        assertThat(cal.getProperty(Property.PRODID).getValue()).isEqualTo(RenewalCalendarExport.PRODUCT_ID);

        VEvent renewal = events.stream()
            .filter(e -> e.getUid().getValue().equals("seatledger-license-" + slack + "-renewal-"
                + today.plusDays(21).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "@seatledger.dev"))
            .findFirst().orElseThrow();
        assertThat(renewal.getStartDate().getValue()).isEqualTo(today.plusDays(21).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(renewal.getSummary().getValue()).contains("Slack — Business+");
        assertThat(renewal.getDescription().getValue()).contains("Ask for a discount");
        List<VAlarm> alarms = renewal.getAlarms();
        assertThat(alarms).singleElement().satisfies(a -> {
            assertThat(a.getAction().getValue()).isEqualTo("DISPLAY");
            assertThat(a.getTrigger().getDuration()).isEqualTo(java.time.Period.ofDays(-45));
        });
        VEvent zoomExpiry = events.stream().filter(e -> e.getUid().getValue().contains("-" + zoom + "-expiry-"))
            .findFirst().orElseThrow();
        assertThat(((VAlarm) zoomExpiry.getAlarms().get(0)).getTrigger().getDuration()).isEqualTo(java.time.Period.ofDays(-14));
        assertThat(events).extracting(e -> e.getUid().getValue()).doesNotHaveDuplicates();
    }

    @Test
    void pdfOpensAndStatesTheTotalInTheBaseCurrencyAndWhatHadNoRate() throws Exception {
        Agenda agenda = s.finance().agenda("EUR", null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.financeExports().pdf(agenda, out);

        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            BigDecimal expected = new BigDecimal("1200.00").add(new BigDecimal("1200.00").multiply(new BigDecimal("0.9")));
            assertThat(agenda.totalBase()).isEqualByComparingTo(expected);
            assertThat(text).contains(Money.format(expected, "EUR"));
            assertThat(text).contains(Money.format(new BigDecimal("700.00"), "SEK"));
            assertThat(text).contains("Slack — Business+").contains("Zoom — Pro");
        }
    }

    @Test
    void csvHasTheDocumentedColumnsOneLinePerDateAndSafeCells() throws Exception {
        Agenda agenda = s.finance().agenda("EUR", null);
        StringWriter out = new StringWriter();
        s.financeExports().csv(agenda, out);

        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString()))) {
            assertThat(p.getHeaderNames()).containsExactlyElementsOf(AgendaCsvExport.headers());
            assertThat(p.getHeaderNames()).hasSize(AgendaCsvExport.COLUMNS.size());
            List<CSVRecord> records = p.getRecords();
            assertThat(records).hasSize(agenda.rows().size());
            CSVRecord first = records.get(0);
            String h = AgendaCsvExport.headers().get(AgendaCsvExport.COLUMNS.indexOf("owner"));
            assertThat(first.get(h)).startsWith("'=");
            assertThat(first.get(AgendaCsvExport.headers().get(AgendaCsvExport.COLUMNS.indexOf("annualCost")))).isEqualTo("1200.00");
            assertThat(first.get(AgendaCsvExport.headers().get(AgendaCsvExport.COLUMNS.indexOf("date"))))
                .isEqualTo(today.plusDays(20).toString());
            CSVRecord sek = records.stream().filter(r -> r.get(AgendaCsvExport.headers().get(
                AgendaCsvExport.COLUMNS.indexOf("currency"))).equals("SEK")).findFirst().orElseThrow();
            assertThat(sek.get(AgendaCsvExport.headers().get(AgendaCsvExport.COLUMNS.indexOf("annualCostBase")))).isEmpty();
        }
    }
}

package dev.seatledger.core.sample;

import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.assignment.NewSeat;
import dev.seatledger.core.assignment.SeatBatch;
import dev.seatledger.core.catalog.Product;
import dev.seatledger.core.common.Operator;
import dev.seatledger.core.common.SecretCipher;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.License;
import dev.seatledger.core.license.LicenseStatus;
import dev.seatledger.core.license.SeatType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/** Realistic demo records for a first look at SeatLedger; skips products that already exist. */
public class SampleData {
    record SampleProduct(String name, String publisher, String category, String website) {
    }

    static final List<SampleProduct> PRODUCTS = List.of(
        new SampleProduct("Microsoft 365", "Microsoft", "Productivity", "https://www.microsoft.com/microsoft-365"),
        new SampleProduct("Slack", "Slack Technologies", "Communication", "https://slack.com"),
        new SampleProduct("Adobe Creative Cloud", "Adobe", "Design", "https://www.adobe.com/creativecloud.html"),
        new SampleProduct("Zoom Workplace", "Zoom Video Communications", "Communication", "https://zoom.us"),
        new SampleProduct("Jira Software", "Atlassian", "Development", "https://www.atlassian.com/software/jira"),
        new SampleProduct("Confluence", "Atlassian", "Collaboration", "https://www.atlassian.com/software/confluence"),
        new SampleProduct("Figma", "Figma", "Design", "https://www.figma.com"),
        new SampleProduct("GitHub Enterprise", "GitHub", "Development", "https://github.com/enterprise"),
        new SampleProduct("1Password Business", "AgileBits", "Security", "https://1password.com"),
        new SampleProduct("IntelliJ IDEA Ultimate", "JetBrains", "Development", "https://www.jetbrains.com/idea"),
        new SampleProduct("Salesforce Sales Cloud", "Salesforce", "CRM", "https://www.salesforce.com"),
        new SampleProduct("Dropbox Business", "Dropbox", "Storage", "https://www.dropbox.com/business"),
        new SampleProduct("Docker Business", "Docker", "Development", "https://www.docker.com"),
        new SampleProduct("Google Workspace", "Google", "Productivity", "https://workspace.google.com"),
        new SampleProduct("Miro", "Miro", "Collaboration", "https://miro.com"),
        new SampleProduct("Notion", "Notion Labs", "Productivity", "https://www.notion.so"),
        new SampleProduct("Zendesk Suite", "Zendesk", "Support", "https://www.zendesk.com"),
        new SampleProduct("Tableau Creator", "Salesforce", "Analytics", "https://www.tableau.com"),
        new SampleProduct("AutoCAD", "Autodesk", "Design", "https://www.autodesk.com/products/autocad"),
        new SampleProduct("DocuSign eSignature", "DocuSign", "Productivity", "https://www.docusign.com"));

    /** A sample license; dates are days relative to today so the demo always has renewals coming up. */
    record SampleLicense(String product, String name, SeatType type, Integer total, int used, String perSeat,
                         String totalCost, String currency, BillingCycle cycle, int startDays, Integer expiryDays,
                         boolean autoRenew, int notice, String owner, LicenseStatus status, String po, String key) {
    }

    static final List<SampleLicense> LICENSES = List.of(
        new SampleLicense("Microsoft 365", "E3 — Company", SeatType.USER, 150, 142, "32.00", null, "EUR",
            BillingCycle.MONTHLY, -400, 330, true, 60, "Nadia Keller", LicenseStatus.ACTIVE, "PO-2025-0112", "M365-7QK2-99XD-F3P1"),
        new SampleLicense("Microsoft 365", "E5 — Security team", SeatType.USER, 12, 12, "54.75", null, "EUR",
            BillingCycle.MONTHLY, -200, 165, true, 30, "Omar Haddad", LicenseStatus.ACTIVE, "PO-2025-0187", null),
        new SampleLicense("Slack", "Business+", SeatType.USER, 120, 48, null, "17280.00", "USD",
            BillingCycle.ANNUAL, -340, 25, true, 45, "Lena Vogt", LicenseStatus.PENDING_RENEWAL, "PO-2025-0099", null),
        new SampleLicense("Adobe Creative Cloud", "All Apps — Design", SeatType.USER, 25, 25, "89.99", null, "EUR",
            BillingCycle.MONTHLY, -500, 40, false, 30, "Marta Rossi", LicenseStatus.ACTIVE, "PO-2024-0441", "ADBE-CC-0042-XX19"),
        new SampleLicense("Zoom Workplace", "Pro", SeatType.USER, 60, 21, "149.90", null, "USD",
            BillingCycle.ANNUAL, -380, -15, false, 30, "Lena Vogt", LicenseStatus.ACTIVE, "PO-2024-0502", null),
        new SampleLicense("Jira Software", "Cloud Standard", SeatType.USER, 200, 173, "7.53", null, "USD",
            BillingCycle.MONTHLY, -700, 200, true, 30, "Jonas Berg", LicenseStatus.ACTIVE, "PO-2024-0215", null),
        new SampleLicense("Confluence", "Cloud Standard", SeatType.USER, 200, 66, "5.16", null, "USD",
            BillingCycle.MONTHLY, -700, 200, true, 30, "Jonas Berg", LicenseStatus.ACTIVE, "PO-2024-0216", null),
        new SampleLicense("Figma", "Organization", SeatType.USER, 30, 29, "45.00", null, "USD",
            BillingCycle.ANNUAL, -300, 65, true, 90, "Marta Rossi", LicenseStatus.ACTIVE, "PO-2025-0131", null),
        new SampleLicense("GitHub Enterprise", "Cloud", SeatType.USER, 80, 77, "21.00", null, "USD",
            BillingCycle.MONTHLY, -250, 115, true, 30, "Jonas Berg", LicenseStatus.ACTIVE, "PO-2025-0150", null),
        new SampleLicense("1Password Business", null, SeatType.USER, 150, 139, null, "14400.00", "USD",
            BillingCycle.ANNUAL, -320, 45, true, 60, "Omar Haddad", LicenseStatus.ACTIVE, "PO-2025-0101", "OP-BUS-5512-77AA"),
        new SampleLicense("IntelliJ IDEA Ultimate", "Floating", SeatType.CONCURRENT, 20, 20, "599.00", null, "EUR",
            BillingCycle.ANNUAL, -100, 265, false, 30, "Jonas Berg", LicenseStatus.ACTIVE, "PO-2025-0301", "JB-IDEA-FLT-3321"),
        new SampleLicense("Salesforce Sales Cloud", "Enterprise", SeatType.USER, 40, 38, "165.00", null, "USD",
            BillingCycle.MONTHLY, -800, 10, true, 90, "Sven Lindqvist", LicenseStatus.PENDING_RENEWAL, "PO-2023-0877", null),
        new SampleLicense("Dropbox Business", "Advanced", SeatType.USER, 50, 9, "24.00", null, "GBP",
            BillingCycle.MONTHLY, -900, -40, false, 30, "Lena Vogt", LicenseStatus.EXPIRED, "PO-2023-0655", null),
        new SampleLicense("Docker Business", null, SeatType.USER, 40, 14, "24.00", null, "USD",
            BillingCycle.ANNUAL, -20, 345, false, 30, "Jonas Berg", LicenseStatus.TRIAL, null, null),
        new SampleLicense("Google Workspace", "Business Starter — Interns", SeatType.USER, 10, 2, "6.80", null, "EUR",
            BillingCycle.MONTHLY, -60, 5, false, 30, "Nadia Keller", LicenseStatus.TRIAL, null, null),
        new SampleLicense("Miro", "Business", SeatType.USER, 35, 31, null, "5040.00", "USD",
            BillingCycle.ANNUAL, -370, -5, true, 30, "Marta Rossi", LicenseStatus.ACTIVE, "PO-2024-0611", null),
        new SampleLicense("Notion", "Plus", SeatType.USER, 25, 0, "10.00", null, "USD",
            BillingCycle.MONTHLY, -400, -60, false, 30, "Lena Vogt", LicenseStatus.CANCELLED, "PO-2024-0700", null),
        new SampleLicense("Zendesk Suite", "Professional", SeatType.USER, 18, 17, "115.00", null, "EUR",
            BillingCycle.ANNUAL, -200, 58, true, 60, "Sven Lindqvist", LicenseStatus.ACTIVE, "PO-2025-0177", null),
        new SampleLicense("Tableau Creator", null, SeatType.USER, 8, 3, "900.00", null, "USD",
            BillingCycle.BIENNIAL, -420, 310, false, 90, "Sven Lindqvist", LicenseStatus.ACTIVE, "PO-2024-0388", null),
        new SampleLicense("AutoCAD", "Perpetual 2024", SeatType.DEVICE, 6, 6, "4100.00", null, "CHF",
            BillingCycle.ONE_TIME, -600, null, false, 30, "Marta Rossi", LicenseStatus.ACTIVE, "PO-2024-0150", "ACAD-2024-9981-AB"),
        new SampleLicense("DocuSign eSignature", "Site license", SeatType.UNLIMITED, null, 0, null, "9800.00", "EUR",
            BillingCycle.CUSTOM, -150, 215, true, 45, "Nadia Keller", LicenseStatus.ACTIVE, "PO-2025-0199", null));

    private final Transactions tx;
    private final Clock clock;
    private final Operator operator;
    private final SecretCipher cipher;

    private final dev.seatledger.core.telemetry.TelemetryImporter telemetry;
    private final dev.seatledger.core.grade.GradeService grades;

    public SampleData(Transactions tx, Clock clock, Operator operator, SecretCipher cipher,
                      dev.seatledger.core.telemetry.TelemetryImporter telemetry,
                      dev.seatledger.core.grade.GradeService grades) {
        this.grades = grades;
        this.tx = tx;
        this.clock = clock;
        this.operator = operator;
        this.cipher = cipher;
        this.telemetry = telemetry;
    }

    /** Mac laptops of the first 80 people report their applications, with last-opened days of every kind. */
    private void addTelemetry() {
        List<String> emails = tx.read(session -> session.createSelectionQuery(
            "select p.email from Person p order by p.id", String.class).setMaxResults(80).getResultList());
        String[][] apps = {
            {"Slack.app", "com.tinyspeck.slackmacgap"}, {"zoom.us.app", "us.zoom.xos"}, {"Figma.app", "com.figma.Desktop"},
            {"Notion.app", "notion.id"}, {"Miro.app", "com.electron.realtimeboard"}, {"Blender.app", "org.blenderfoundation.blender"},
            {"Spotify.app", "com.spotify.client"}, {"Docker.app", "com.docker.docker"}};
        java.util.Random rnd = new java.util.Random(7);
        java.time.Instant now = clock.instant();
        List<dev.seatledger.core.telemetry.TelemetryRecord> records = new java.util.ArrayList<>();
        int line = 0;
        for (int i = 0; i < emails.size(); i++) {
            for (String[] app : apps) {
                if (rnd.nextInt(3) == 0) {
                    continue;
                }
                int pick = rnd.nextInt(10);
                LocalDate used = pick < 5 ? LocalDate.now(clock).minusDays(rnd.nextInt(30))
                    : pick < 8 ? LocalDate.now(clock).minusDays(100 + rnd.nextInt(200)) : null;
                records.add(new dev.seatledger.core.telemetry.TelemetryRecord(++line, "MAC-" + (1000 + i), emails.get(i),
                    app[0], app[1], null, true, used, true, now));
            }
        }
        telemetry.importParsed(new dev.seatledger.core.telemetry.ParsedTelemetry(records, List.of()),
            dev.seatledger.core.common.Progress.NONE);
    }

    /** Loads the sample records in one transaction; returns how many products were added. */
    public int load() {
        int added = tx.write(session -> {
            int count = 0;
            for (SampleProduct sp : PRODUCTS) {
                Long exists = session.createSelectionQuery(
                        "select count(p) from Product p where p.nameKey = :k", Long.class)
                    .setParameter("k", Product.normalize(sp.name()))
                    .getSingleResult();
                if (exists > 0) {
                    continue;
                }
                Product p = new Product(sp.name(), sp.publisher(), clock.instant(), operator.get());
                p.setCategory(sp.category());
                p.setWebsite(sp.website());
                session.persist(p);
                count++;
            }
            if (count > 0) {
                addLicenses(session);
                session.flush();
                session.doWork(dev.seatledger.core.license.LicenseTerms::insertMissing);
                addPeopleAndSeats(session);
                addAliases(session);
                addFinance(session);
            }
            return count;
        });
        if (added > 0) {
            addTelemetry();
            SampleGrades.load(tx, grades);
        }
        return added;
    }

    private static void addAliases(Session session) {
        Map<String, String> aliases = Map.of("com.tinyspeck.slackmacgap", "Slack", "us.zoom.xos", "Zoom Workplace",
            "com.electron.realtimeboard", "Miro", "notion.id", "Notion", "com.docker.docker", "Docker Business");
        aliases.forEach((alias, product) -> session.createSelectionQuery(
                "from Product p where p.name = :n and p.archivedAt is null", Product.class)
            .setParameter("n", product).getResultList()
            .forEach(p -> session.persist(new dev.seatledger.core.telemetry.AppAlias(alias, p.getId()))));
    }

    private static final String[] FIRST = {"Ana", "Ben", "Chloé", "Dan", "Elif", "Farid", "Grace", "Hugo", "Ines",
        "Jonas", "Kaito", "Lena", "Marta", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sven", "Tariq", "Uma", "Viktor",
        "Wen", "Ximena", "Yusuf", "Zoe", "Aiden", "Bianca", "Carlos", "Dalia"};
    private static final String[] LAST = {"Lima", "Okafor", "Martin", "Park", "Yilmaz", "Haddad", "Keller", "Rossi",
        "Berg", "Vogt", "Tanaka", "Natarajan", "Lindqvist", "Moreau", "Novak", "Fischer", "Costa", "Ahmed", "Schmidt",
        "Larsen", "Dubois", "Kowalski", "Silva", "Nguyen", "Meyer"};
    private static final String[] DEPARTMENTS = {"Engineering", "Sales", "Marketing", "Finance", "Design", "Support",
        "People", "Operations", "Legal"};
    private static final String[] TITLES = {"Engineer", "Account Executive", "Designer", "Analyst", "Manager",
        "Specialist", "Coordinator", "Lead"};
    static final int PEOPLE = 150;

    private void addPeopleAndSeats(Session session) {
        java.util.Random rnd = new java.util.Random(42);
        LocalDate today = LocalDate.now(clock);
        List<dev.seatledger.core.people.Person> people = new java.util.ArrayList<>();
        java.util.Set<String> emails = new java.util.HashSet<>();
        for (int i = 0; people.size() < PEOPLE; i++) {
            String first = FIRST[i % FIRST.length];
            String last = LAST[(i * 7 + i / FIRST.length) % LAST.length];
            String email = (first + "." + last).toLowerCase(java.util.Locale.ROOT)
                .replace("é", "e") + "@northwind.example";
            if (!emails.add(email)) {
                continue;
            }
            dev.seatledger.core.people.Person p = new dev.seatledger.core.people.Person(first + " " + last, email,
                clock.instant(), operator.get());
            p.setDepartment(DEPARTMENTS[rnd.nextInt(DEPARTMENTS.length)]);
            p.setJobTitle(TITLES[rnd.nextInt(TITLES.length)]);
            p.setEmployeeId("E" + (10000 + people.size()));
            int n = people.size();
            p.setLastSignIn(n % 11 == 0 ? null : today.minusDays(rnd.nextInt(n % 5 == 0 ? 240 : 45)));
            if (n % 19 == 3) {
                p.setStatus(dev.seatledger.core.people.PersonStatus.INACTIVE);
            } else if (n % 23 == 5) {
                p.setStatus(dev.seatledger.core.people.PersonStatus.OFFBOARDED);
            } else if (n % 17 == 2) {
                p.setEndDate(today.plusDays(rnd.nextInt(40) - 6));
            }
            session.persist(p);
            people.add(p);
        }
        List<License> licenses = session.createSelectionQuery("from License l order by l.id", License.class).getResultList();
        int offset = 0;
        List<NewSeat> seats = new java.util.ArrayList<>();
        for (License l : licenses) {
            int wanted = l.isUnlimited() ? 40 : Math.min(l.getSeatsUsed(), people.size());
            for (int k = 0; k < wanted; k++) {
                dev.seatledger.core.people.Person p = people.get((offset + k) % people.size());
                seats.add(NewSeat.of(l.getId(), p, new AssignmentDraft(k % 9 == 0 ? "Admin" : k % 3 == 0 ? "Editor"
                    : "Member", p.getEmail(), null), clock.instant().minus(java.time.Duration.ofDays(rnd.nextInt(300) + 1)),
                    operator.get()));
            }
            if (l.isUnlimited()) {
                l.setSeatsUsed(wanted);
            }
            offset += 13;
        }
        session.doWork(c -> SeatBatch.insertAll(c, seats));
    }

    private void addLicenses(Session session) {
        Map<String, Product> byName = new HashMap<>();
        session.createSelectionQuery("from Product p where p.archivedAt is null", Product.class)
            .getResultList().forEach(p -> byName.put(p.getName(), p));
        LocalDate today = LocalDate.now(clock);
        int n = 0;
        for (SampleLicense s : LICENSES) {
            Product p = byName.get(s.product());
            if (p == null) {
                continue;
            }
            License l = new License(p, clock.instant(), operator.get());
            l.setName(s.name());
            l.setSeatType(s.type());
            l.setSeatsTotal(s.total());
            l.setSeatsUsed(s.used());
            l.setCostPerSeat(s.perSeat() == null ? null : new BigDecimal(s.perSeat()));
            l.setTotalCost(s.totalCost() == null ? null : new BigDecimal(s.totalCost()));
            if (s.cycle() == BillingCycle.CUSTOM) {
                l.setCustomAnnualCost(new BigDecimal(s.totalCost()));
            }
            l.setCurrency(s.currency());
            l.setBillingCycle(s.cycle());
            l.setStartDate(today.plusDays(s.startDays()));
            l.setPurchaseDate(today.plusDays(s.startDays() - 7));
            if (s.expiryDays() != null) {
                l.setExpiryDate(today.plusDays(s.expiryDays()));
                l.setRenewalDate(s.autoRenew() ? today.plusDays(s.expiryDays() + 1) : null);
            }
            l.setAutoRenew(s.autoRenew());
            l.setRenewalNoticeDays(s.notice());
            l.setBusinessOwner(s.owner());
            l.setStatus(s.status());
            l.setPurchaseOrder(s.po());
            l.setInvoiceNumber(s.po() == null ? null : "INV-" + (40210 + n * 37));
            l.setVendor(n % 3 == 0 ? "SoftwareONE" : null);
            if (s.key() != null) {
                l.setLicenseKeyEncrypted(cipher.encrypt(s.key()));
            }
            session.persist(l);
            n++;
        }
    }

    /** Sample exchange rates to EUR and a few renewal review decisions. */
    private void addFinance(Session session) {
        LocalDate asOf = LocalDate.now(clock).minusDays(2);
        for (String[] r : new String[][] {{"USD", "0.92"}, {"GBP", "1.17"}, {"CHF", "1.05"}}) {
            dev.seatledger.core.finance.ExchangeRate rate = new dev.seatledger.core.finance.ExchangeRate("EUR", r[0]);
            rate.update(new BigDecimal(r[1]), asOf, clock.instant(), operator.get());
            session.persist(rate);
        }
        Object[][] decisions = {
            {"Slack", "Business+", dev.seatledger.core.finance.Decision.RENEGOTIATE, 60,
                "48 of 120 seats in use: ask for a smaller tier."},
            {"Zoom Workplace", "Pro", dev.seatledger.core.finance.Decision.CANCEL, 0,
                "Video calls moved to Microsoft Teams."},
            {"Salesforce Sales Cloud", "Enterprise", dev.seatledger.core.finance.Decision.RENEW, 38, null}};
        for (Object[] d : decisions) {
            session.createSelectionQuery("from License l where l.product.name = :p and l.name = :n", License.class)
                .setParameter("p", d[0]).setParameter("n", d[1])
                .getResultList().forEach(l -> {
                    dev.seatledger.core.finance.RenewalDecision rd = new dev.seatledger.core.finance.RenewalDecision(l);
                    rd.update((dev.seatledger.core.finance.Decision) d[2], (Integer) d[3], (String) d[4],
                        clock.instant(), operator.get());
                    session.persist(rd);
                });
        }
    }
}

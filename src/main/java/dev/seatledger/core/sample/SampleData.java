package dev.seatledger.core.sample;

import dev.seatledger.core.catalog.Product;
import dev.seatledger.core.common.Operator;
import dev.seatledger.core.common.Transactions;
import java.time.Clock;
import java.util.List;

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

    private final Transactions tx;
    private final Clock clock;
    private final Operator operator;

    public SampleData(Transactions tx, Clock clock, Operator operator) {
        this.tx = tx;
        this.clock = clock;
        this.operator = operator;
    }

    /** Loads the sample records in one transaction; returns how many products were added. */
    public int load() {
        return tx.write(session -> {
            int added = 0;
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
                added++;
            }
            return added;
        });
    }
}

package dev.seatledger.ui.license;

import java.util.function.Function;
import javafx.scene.Node;

/**
 * A tab of the license page that a feature provides: seats, usage audits, documents, history. The Licenses feature
 * asks each registered tab for its content whenever a license's page opens ({@link LicensesFeature#addPageTab}).
 */
public interface LicensePageTab {
    /** The tab's title, from the resource bundle. */
    String title();

    /** Where the tab stands among the others: lower first. */
    int order();

    /** The tab's content for one opened license. */
    Node create(LicensePageContext page);

    /** A tab from its title, order and content. */
    static LicensePageTab of(String title, int order, Function<LicensePageContext, Node> create) {
        return new LicensePageTab() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public Node create(LicensePageContext page) {
                return create.apply(page);
            }
        };
    }
}

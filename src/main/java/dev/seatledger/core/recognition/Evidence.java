package dev.seatledger.core.recognition;

/** What identified an application: the kind of fact a recognition rests on. */
public enum Evidence {
    /** The user mapped this application (or one named alike) to the product, or chose to ignore it. */
    ALIAS,
    /** The product is named as the application. */
    PRODUCT_NAME,
    /** The product is named as the application once versions, plans and vendor are set aside. */
    SIMILAR_NAME,
    BUNDLE_ID,
    PACKAGE,
    DISPLAY_NAME,
    DISPLAY_NAME_PATTERN,
    SSO_NAME,
    /** A Linux distribution package that no catalog product, alias or paid software of the knowledge base claims. */
    DISTRIBUTION_PACKAGE,
    /** Words and publisher in common: a suggestion only. */
    WORDS
}

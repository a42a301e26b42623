package dev.seatledger.core.recognition;

import java.util.Set;

/**
 * Word lists of the knowledge base. {@code planWords} end catalog names written as plans ("Figma Organization",
 * "Zoom Workplace Business") and are set aside when a catalog name is compared; {@code componentWords} mark helpers
 * and plug-ins that are not the product ("Zoom Outlook Plugin"); {@code editionWords} decide which edition is
 * licensed ("Community", "Reader"): two names differing in one of them are never the same software;
 * {@code vendorPrefixes} are vendors whose name may stand before their products' names.
 */
public record Vocabulary(Set<String> planWords, Set<String> componentWords, Set<String> editionWords,
                         Set<String> vendorPrefixes) {
    public Vocabulary {
        planWords = Set.copyOf(planWords);
        componentWords = Set.copyOf(componentWords);
        editionWords = Set.copyOf(editionWords);
        vendorPrefixes = Set.copyOf(vendorPrefixes);
    }
}

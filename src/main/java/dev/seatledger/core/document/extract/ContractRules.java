package dev.seatledger.core.document.extract;

import dev.seatledger.core.document.extract.Proposal.Source;
import dev.seatledger.core.document.layout.DocumentLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in, offline extraction. The document is first read as a layout (lines, cells, tables, pairs,
 * sentences); each field's recogniser then proposes candidate values with a confidence, using its vocabulary in
 * English, German, French and Dutch; {@link Candidates} chooses per field (agreeing readings support each other,
 * rival readings lower the confidence). Dates are read before prices, which reconcile with the seat count.
 */
public final class ContractRules {
    /** Characters read at most (about 500 pages): terms sit in the body, and the cost grows with the length. */
    public static final int MAX_CHARS = 1_000_000;

    private ContractRules() {
    }

    public static List<Proposal> propose(String text) {
        return propose(DocumentLayout.ofText(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text));
    }

    public static List<Proposal> propose(DocumentLayout layout) {
        DocumentLayout l = layout.text().length() > MAX_CHARS
            ? DocumentLayout.ofText(layout.text().substring(0, MAX_CHARS)) : layout;
        ContractDoc doc = new ContractDoc(l);
        Candidates c = new Candidates();
        PartyRecogniser.recognise(doc, c);
        ProductRecogniser.recognise(doc, c);
        TermRecogniser.recognise(doc, c);
        SeatRecogniser.recognise(doc, c);
        NoticeRecogniser.recognise(doc, c);
        RenewalRecogniser.recognise(doc, c);
        ReferenceRecogniser.recognise(doc, c);
        PriceRecogniser.recognise(doc, c);
        List<Proposal> out = new ArrayList<>();
        for (ContractField f : ContractField.values()) {
            c.best(f).ifPresent(b -> out.add(new Proposal(f, b.value(), b.snippet(), b.confidence(), Source.RULES,
                b.derived(), null)));
        }
        return out;
    }
}

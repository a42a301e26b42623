package dev.seatledger.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.document.corpus.Corpus;
import dev.seatledger.core.document.extract.ContractRules;
import dev.seatledger.core.document.extract.FieldKeys;
import dev.seatledger.core.document.extract.Proposal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The three documents a new user tried, written in ordinary commercial language: an MSA schedule ("Supplier:",
 * "Licensed Product:", "Number of Seats: twenty-five (25)", "Term: 01/07/2026 - 30/06/2028"), an order form
 * ("Licensor:", "Subscription Term: 1 April 2026 through 31 March 2027", "Fees: USD 54,000.00 per year") and a
 * monthly-plan quote ("Renews monthly", "Valid until"). Every term a careful reader finds is proposed and sure, and
 * nothing else is: the quote's validity is no expiry.
 */
class IssueWordingsTest {

    @ParameterizedTest
    @CsvSource({"en-02-why-msa-schedule.docx", "en-03-why-order-form.pdf", "en-04-why-monthly-quote.txt"})
    void everyTermOfTheWhyDocumentsIsReadAndNothingElse(String name) throws Exception {
        Corpus.Document doc = Corpus.batch("batch1").stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
        Map<String, Object> sure = new HashMap<>();
        for (Proposal p : ContractRules.propose(DocumentText.read(doc.file(), name))) {
            if (p.confidence() >= Proposal.SURE) {
                sure.put(FieldKeys.key(p.field()), FieldKeys.plain(p.value()));
            }
        }
        assertThat(sure).isEqualTo(doc.expected());
    }
}

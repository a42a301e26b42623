package dev.seatledger.core.document;

import dev.seatledger.core.document.corpus.Corpus;
import dev.seatledger.core.document.extract.ContractRules;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints how long the contract rules take on a long text: the corpus documents' text repeated to 100 KB and to 1 MB
 * (an MSA with its schedules, a price list), in elapsed and CPU time (the CPU time is the figure on a busy machine).
 * A measurement to run by hand, not a test:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) dev.seatledger.core.document.LongContractTiming}
 */
public final class LongContractTiming {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private LongContractTiming() {
    }

    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        for (String batch : List.of("batch1", "heldout", "heldout2")) {
            for (Corpus.Document d : Corpus.batch(batch)) {
                texts.add(DocumentText.read(d.file(), d.name()).text());
            }
        }
        ContractRules.propose(text(texts, 20_000));
        for (int size : new int[] {100_000, 1_000_000}) {
            String text = text(texts, size);
            long t0 = System.nanoTime();
            long cpu0 = CPU.getCurrentThreadCpuTime();
            int proposals = ContractRules.propose(text).size();
            System.out.printf(Locale.ROOT, "%,d characters: %.2f s (%.2f s of CPU), %d proposals%n", text.length(),
                (System.nanoTime() - t0) / 1e9, (CPU.getCurrentThreadCpuTime() - cpu0) / 1e9, proposals);
        }
    }

    private static String text(List<String> texts, int size) {
        StringBuilder sb = new StringBuilder(size + 10_000);
        for (int i = 0; sb.length() < size; i++) {
            sb.append(texts.get(i % texts.size())).append("\n\n");
        }
        return sb.substring(0, size);
    }
}

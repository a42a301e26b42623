package dev.seatledger.core.license;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.common.ValidationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads licenses' terms as price histories: per term the cost per year, the per-seat price and their changes. */
public class TermQuery {
    private static final int CHUNK = 1000;

    private final Transactions tx;
    private final Clock clock;

    public TermQuery(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    public PriceHistory history(long licenseId) {
        PriceHistory h = histories(List.of(licenseId)).get(licenseId);
        if (h == null) {
            throw ValidationException.of("license", Messages.get("term.license.unknown", licenseId));
        }
        return h;
    }

    /** The price histories of the given licenses (those that exist), read a thousand licenses per query. */
    public Map<Long, PriceHistory> histories(Collection<Long> licenseIds) {
        LocalDate today = LocalDate.now(clock);
        List<Long> ids = List.copyOf(new java.util.LinkedHashSet<>(licenseIds));
        Map<Long, PriceHistory> out = new LinkedHashMap<>();
        tx.read(session -> {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Long> part = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                Map<Long, List<LicenseTerm>> terms = new HashMap<>();
                session.createSelectionQuery("from LicenseTerm t where t.licenseId in :ids order by t.licenseId, t.termNo",
                        LicenseTerm.class).setParameterList("ids", part).getResultList()
                    .forEach(t -> terms.computeIfAbsent(t.getLicenseId(), k -> new ArrayList<>()).add(t));
                Map<Long, List<Amendment>> amendments = new HashMap<>();
                session.createSelectionQuery("from LicenseAmendment a where a.licenseId in :ids"
                        + " order by a.effectiveDate, a.id", LicenseAmendment.class).setParameterList("ids", part)
                    .getResultList()
                    .forEach(a -> amendments.computeIfAbsent(a.getTermId(), k -> new ArrayList<>()).add(a.amendment()));
                for (License l : session.createSelectionQuery("from License l where l.id in :ids", License.class)
                        .setParameterList("ids", part).getResultList()) {
                    List<LicenseTerm> own = terms.getOrDefault(l.getId(),
                        List.of(LicenseTerms.firstFromRow(l, l.getCreatedAt(), l.getCreatedBy())));
                    out.put(l.getId(), history(l, own, amendments, today));
                }
            }
            return null;
        });
        return out;
    }

    private static PriceHistory history(License l, List<LicenseTerm> terms, Map<Long, List<Amendment>> amendments,
                                        LocalDate today) {
        SeatType type = l.getSeatType();
        LicenseTerm current = CurrentTerm.of(terms, LicenseTerm::figures, today);
        List<TermLine> lines = new ArrayList<>();
        TermFigures previous = null;
        for (LicenseTerm t : terms) {
            TermFigures f = t.figures();
            BigDecimal annual = f.annualized(type);
            BigDecimal perSeatChange = null;
            BigDecimal annualChange = null;
            if (previous != null) {
                perSeatChange = f.yearlyPerSeat(type) != null && previous.yearlyPerSeat(type) != null
                    ? PriceChange.percent(previous.yearlyPerSeat(type), f.yearlyPerSeat(type), previous.currency(), f.currency())
                    : previous.cycle() == f.cycle() ? PriceChange.percent(previous.pricePerSeatPerCycle(type),
                        f.pricePerSeatPerCycle(type), previous.currency(), f.currency()) : null;
                annualChange = PriceChange.percent(previous.annualized(type), annual, previous.currency(), f.currency());
            }
            BigDecimal price = f.pricePerSeatPerCycle(type);
            lines.add(new TermLine(t.getTermNo(), f.start(), f.end(), f.seats(),
                price == null ? null : price.setScale(2, java.math.RoundingMode.HALF_UP), f.periodTotal(type), annual,
                f.yearlyPerSeat(type), perSeatChange, annualChange, f.currency(), f.cycle(), t.getPurchaseOrder(),
                t.getInvoiceNumber(), t == current, List.copyOf(amendments.getOrDefault(t.getId(), List.of()))));
            previous = f;
        }
        return new PriceHistory(l.getId(), type, List.copyOf(lines));
    }
}

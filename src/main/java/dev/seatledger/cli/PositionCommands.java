package dev.seatledger.cli;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.compliance.CompliancePdf;
import dev.seatledger.core.compliance.ComplianceQuery;
import dev.seatledger.core.compliance.ShowbackGrouping;
import dev.seatledger.core.compliance.ShowbackQuery;
import dev.seatledger.core.exporting.PositionReports;
import dev.seatledger.core.exporting.ReportTable;
import dev.seatledger.core.license.TermQuery;
import dev.seatledger.core.renewal.ReviewPack;
import dev.seatledger.core.renewal.ReviewPackPdf;
import dev.seatledger.core.renewal.ReviewPackQuery;
import java.io.Writer;

/**
 * What {@code report compliance|showback} and {@code export compliance|review-pack} write (ADR 0045), for the report
 * and export commands to delegate to.
 */
final class PositionCommands {
    static final String COMPLIANCE = "compliance";
    static final String SHOWBACK = "showback";
    static final String REVIEW_PACK = "review-pack";

    private PositionCommands() {
    }

    static ComplianceQuery compliance(AppServices s) {
        return new ComplianceQuery(s.tx(), s.clock(), s.utilization()::cutoff, s.finance()::rates);
    }

    /** {@code report compliance} or {@code report showback} as CSV or JSON. */
    static void report(AppServices s, String kind, String base, boolean json, ShowbackGrouping by, Writer w) {
        if (kind.equals(COMPLIANCE)) {
            var p = compliance(s).position(base);
            if (json) {
                ReportTable.writeJson(PositionReports.complianceJson(p), w);
            } else {
                PositionReports.compliance(p).writeCsv(w);
            }
            return;
        }
        var b = new ShowbackQuery(s.tx(), s.finance()::rates).showback(base, by);
        if (json) {
            ReportTable.writeJson(PositionReports.showbackJson(b), w);
        } else {
            PositionReports.showback(b).writeCsv(w);
        }
    }

    /** The compliance position as a PDF into the target; returns the number of rows. */
    static long compliancePdf(AppServices s, String base, OutputTarget target) {
        var p = compliance(s).position(base);
        target.bytes(o -> new CompliancePdf().write(p, o));
        return p.rows().size();
    }

    /** The review pack of one license or of the next 90 days into the target; returns the number of licenses. */
    static long reviewPack(AppServices s, String base, Long license, OutputTarget target) {
        ReviewPack pack = new ReviewPackQuery(s.tx(), s.clock(), new TermQuery(s.tx(), s.clock()), s.utilization(),
            s.finance()).pack(base, license);
        target.bytes(o -> new ReviewPackPdf().write(pack, o));
        return pack.items().size();
    }
}

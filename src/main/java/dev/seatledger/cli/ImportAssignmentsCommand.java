package dev.seatledger.cli;

import dev.seatledger.core.assignment.SeatImportResult;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.importing.AssignmentImport;
import dev.seatledger.core.importing.CsvTable;
import java.io.IOException;
import picocli.CommandLine.Command;

/**
 * {@code seatledger import assignments FILE}: seats from the CSV {@code export assignments} writes, each keeping its
 * assigned date, under the rules of {@code assign}; nothing is saved unless every row can be (or {@code --skip-invalid}).
 */
@Command(name = "assignments", description = "Import seats from the CSV that 'export assignments' writes (License ID or "
    + "Product and License Name, Email, Assigned At); each seat keeps its date.")
final class ImportAssignmentsCommand extends ImportCommand.FileCommand {
    @Override
    public Integer call() throws IOException {
        CsvTable table = CsvTable.read(file);
        return parent.root.withDatabase((s, cipher) -> {
            AssignmentImport importer = new AssignmentImport(s.tx(), s.clock(), s.assignments());
            AssignmentImport.Plan plan = importer.plan(table);
            plan.issues().forEach(i -> err().println(i));
            SeatImportResult r = importer.apply(plan, skipInvalid, dryRun);
            r.refused().forEach(x -> err().println(Messages.get("import.assignments.refused", String.valueOf(x.row()),
                x.message())));
            int problems = plan.issues().size() + r.refused().size();
            out().println(Messages.get(r.saved() ? "import.assignments.done" : "import.assignments.checked",
                table.rows().size(), r.assigned(), problems));
            if (!r.saved() && !dryRun && problems > 0) {
                err().println(Messages.get("usage.cli.nothingImported"));
            }
            return problems == 0 || r.saved() ? 0 : 1;
        });
    }
}

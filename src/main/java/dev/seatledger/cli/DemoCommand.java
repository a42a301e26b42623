package dev.seatledger.cli;

import dev.seatledger.core.sample.LargeDataset;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code seatledger demo --size small|large}: fills an empty data folder with a generated inventory. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Generate a deterministic demo inventory (fixed seed) into an empty database.")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand SeatLedgerCli parent;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--size", defaultValue = "small",
        description = "small (6,000 people, 30,000 seats) or large (120,000 people, 600,000 seats, "
            + "2,000,000 telemetry rows). Default: ${DEFAULT-VALUE}")
    String size;

    @Override
    public Integer call() {
        LargeDataset.Size s;
        try {
            s = LargeDataset.Size.parse(size);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Unknown size: " + size
                + " (expected small or large)");
        }
        PrintWriter out = spec.commandLine().getOut();
        LargeDataset.Summary sum = parent.withServices(services ->
            new LargeDataset(services.tx(), services.clock()).generate(s, line -> {
                out.println(line);
                out.flush();
            }));
        out.println(String.format(Locale.ROOT, "Demo data generated: %,d people, %,d products, %,d licenses, "
                + "%,d seats (%,d active), %,d devices, %,d installed applications in %.1f s",
            sum.people(), sum.products(), sum.licenses(), sum.assignments(), sum.activeAssignments(), sum.devices(),
            sum.installedApps(), sum.millis() / 1000.0));
        return 0;
    }
}

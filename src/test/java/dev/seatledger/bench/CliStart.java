package dev.seatledger.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A short command's start, measured from outside (ADR 0046): {@code seatledger --version}, {@code seatledger catalog}
 * on a small database (the sample data), and the same catalog read by a plain JDBC program ({@link PlainCatalog}: a
 * JVM, H2 and one query, the floor), run in turn {@code bench.runs} times after one warm-up round. Prints the median
 * wall-clock and processor time (user + system, from GNU time when installed) of each, and the ratios.
 *
 * <p>System properties: {@code bench.jar} (target/seatledger.jar), {@code bench.runs} (10), {@code bench.cliArgs}
 * (JVM options for all three, e.g. the command-line launcher's {@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}),
 * {@code bench.launcher} (an installed command-line launcher, e.g. /usr/bin/seatledger, run instead of
 * {@code java -jar}).
 */
public final class CliStart {
    private static final Path TIME = Path.of("/usr/bin/time");

    private CliStart() {
    }

    private record Sample(double wall, double cpu) {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("bench.jar", "target/seatledger.jar")).toAbsolutePath();
        int runs = Integer.getInteger("bench.runs", 10);
        List<String> jvm = options(System.getProperty("bench.cliArgs", ""));
        String launcher = System.getProperty("bench.launcher", "").strip();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path data = Files.createTempDirectory("seatledger-clistart");

        List<String> seatledger = new ArrayList<>();
        if (launcher.isEmpty()) {
            seatledger.add(java);
            seatledger.addAll(jvm);
            seatledger.addAll(List.of("-jar", jar.toString()));
        } else {
            seatledger.add(launcher);
        }
        run(concat(seatledger, "--data-dir", data.toString(), "sample-data"));
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("--version", concat(seatledger, "--version"));
        commands.put("catalog", concat(seatledger, "catalog", "--data-dir", data.toString()));
        List<String> plain = new ArrayList<>(List.of(java));
        plain.addAll(jvm);
        plain.addAll(List.of("-cp", h2Jar() + File.pathSeparator + testClasses(), PlainCatalog.class.getName(),
            data.toString()));
        commands.put("plain JDBC catalog", plain);

        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        commands.keySet().forEach(k -> samples.put(k, new ArrayList<>()));
        for (int round = -1; round < runs; round++) {
            for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                Sample s = run(c.getValue());
                if (round >= 0) {
                    samples.get(c.getKey()).add(s);
                }
            }
        }
        System.out.printf("%d runs each, %s%s%n", runs, launcher.isEmpty() ? "java -jar" : launcher,
            jvm.isEmpty() ? "" : " with " + String.join(" ", jvm));
        System.out.println("| Command | wall (median, s) | processor (median, s) |");
        System.out.println("|---|---|---|");
        samples.forEach((k, v) -> System.out.printf(Locale.ROOT, "| %s | %.2f | %s |%n", k,
            median(v.stream().mapToDouble(Sample::wall).toArray()), cpu(v)));
        double catalog = median(samples.get("catalog").stream().mapToDouble(Sample::wall).toArray());
        double version = median(samples.get("--version").stream().mapToDouble(Sample::wall).toArray());
        double floor = median(samples.get("plain JDBC catalog").stream().mapToDouble(Sample::wall).toArray());
        System.out.printf(Locale.ROOT, "catalog / --version: %.2f wall%s; catalog / plain JDBC: %.2f wall%n",
            catalog / version, cpuRatio(samples.get("catalog"), samples.get("--version")), catalog / floor);
    }

    private static String cpu(List<Sample> v) {
        double[] cpu = v.stream().mapToDouble(Sample::cpu).toArray();
        return cpu.length == 0 || cpu[0] < 0 ? "-" : String.format(Locale.ROOT, "%.2f", median(cpu));
    }

    private static String cpuRatio(List<Sample> a, List<Sample> b) {
        if (a.get(0).cpu() < 0) {
            return "";
        }
        return String.format(Locale.ROOT, ", %.2f processor", median(a.stream().mapToDouble(Sample::cpu).toArray())
            / median(b.stream().mapToDouble(Sample::cpu).toArray()));
    }

    private static Sample run(List<String> command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        Path times = Files.createTempFile("seatledger-time", ".txt");
        boolean timed = Files.isExecutable(TIME);
        if (timed) {
            cmd.addAll(List.of(TIME.toString(), "-f", "%U %S", "-o", times.toString()));
        }
        cmd.addAll(command);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("Failed: " + String.join(" ", command));
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = -1;
        if (timed) {
            String[] us = Files.readString(times).strip().split("\\s+");
            cpu = Double.parseDouble(us[us.length - 2]) + Double.parseDouble(us[us.length - 1]);
        }
        Files.deleteIfExists(times);
        return new Sample(wall, cpu);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }

    private static List<String> options(String s) {
        return s.isBlank() ? List.of() : List.of(s.strip().split("\\s+"));
    }

    private static String h2Jar() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(e -> Path.of(e).getFileName().toString().startsWith("h2-")).findFirst()
            .orElseThrow(() -> new IllegalStateException("no H2 jar on the class path"));
    }

    private static String testClasses() throws Exception {
        return Path.of(CliStart.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}

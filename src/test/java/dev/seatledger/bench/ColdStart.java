package dev.seatledger.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Cold start, measured from outside: starts {@code java -jar seatledger.jar --data-dir DIR} and the bare
 * one-label window several times on an X display, and times the log lines "Window shown", "Database
 * open" and "Licenses list shown" from process start; reads the app's resident-memory high-water mark
 * (VmHWM) once the list is shown.
 *
 * <p>System properties: {@code bench.jar} (target/seatledger.jar), {@code bench.dataDir} (a data folder
 * holding the generated database), {@code bench.display} (:77), {@code bench.runs} (5),
 * {@code bench.appArgs} (extra JVM options for the app, space separated), {@code bench.launcher} (an installed
 * app's native launcher, e.g. /opt/seatledger/bin/SeatLedger, started instead of {@code java -jar}).
 */
public final class ColdStart {
    private static final String WINDOW = "Window shown";
    private static final String DB = "Database open";
    private static final String LIST = "Licenses list shown";

    private ColdStart() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("bench.jar", "target/seatledger.jar")).toAbsolutePath();
        Path data = Path.of(System.getProperty("bench.dataDir", "target/bench-data/large-work")).toAbsolutePath();
        String display = System.getProperty("bench.display", ":77");
        int runs = Integer.getInteger("bench.runs", 5);
        String appArgs = System.getProperty("bench.appArgs", "").strip();
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String testClasses = Path.of(BareWindow.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();

        String launcher = System.getProperty("bench.launcher", "").strip();
        List<String> app = new ArrayList<>();
        if (!launcher.isEmpty()) {
            app.addAll(List.of(launcher, "--data-dir", data.toString()));
        } else {
            app.add(javaBin);
            if (!appArgs.isEmpty()) {
                app.addAll(List.of(appArgs.split("\\s+")));
            }
            app.addAll(List.of("-jar", jar.toString(), "--data-dir", data.toString()));
        }
        List<String> bare = List.of(javaBin, "-cp", jar + java.io.File.pathSeparator + testClasses,
            BareWindow.class.getName());

        System.out.println("Warm-up start (applies pending migrations, fills the OS file cache)");
        measure(app, display, List.of(WINDOW, LIST), 300);
        Map<String, List<Double>> times = new LinkedHashMap<>();
        List<Double> rss = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Map<String, Double> b = measure(bare, display, List.of(WINDOW), 60);
            times.computeIfAbsent("bare: window", k -> new ArrayList<>()).add(b.get(WINDOW));
            Map<String, Double> a = measure(app, display, List.of(WINDOW, DB, LIST), 300);
            times.computeIfAbsent("app: window", k -> new ArrayList<>()).add(a.get(WINDOW));
            times.computeIfAbsent("app: database open", k -> new ArrayList<>()).add(a.get(DB));
            times.computeIfAbsent("app: licenses list shown", k -> new ArrayList<>()).add(a.get(LIST));
            rss.add(a.get("rss"));
            System.out.printf(Locale.ROOT, "run %d: bare window %.0f ms; app window %.0f ms, database %.0f ms, list %.0f ms,"
                + " VmHWM %.0f MB%n", i, b.get(WINDOW), a.get(WINDOW), a.get(DB), a.get(LIST), a.get("rss"));
        }
        System.out.println();
        System.out.println("| Measure | Median | Min | Max |");
        System.out.println("|---|---|---|---|");
        times.forEach((k, v) -> System.out.printf(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f ms |%n", k,
            Benchmarks.median(v), Collections.min(v), Collections.max(v)));
        System.out.printf(Locale.ROOT, "| app: resident memory high-water mark (VmHWM) with the list shown | %.0f MB | %.0f MB | %.0f MB |%n",
            Benchmarks.median(rss), Collections.min(rss), Collections.max(rss));
        double ratio = Benchmarks.median(times.get("app: window")) / Benchmarks.median(times.get("bare: window"));
        System.out.printf(Locale.ROOT, "%nfirst window / bare window = %.2f (budget 1.3); list shown at %.2f s (budget 4 s)%n",
            ratio, Benchmarks.median(times.get("app: licenses list shown")) / 1000);
    }

    /** Milliseconds from process start to each marker, plus "rss" in MB read after the last marker. */
    static Map<String, Double> measure(List<String> command, String display, List<String> markers, int timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("DISPLAY", display);
        long t0 = System.nanoTime();
        Process p = pb.start();
        Map<String, Double> seen = new LinkedHashMap<>();
        List<String> tail = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = t0 + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            String line;
            while (!seen.keySet().containsAll(markers) && System.nanoTime() < deadline && (line = r.readLine()) != null) {
                double ms = (System.nanoTime() - t0) / 1e6;
                tail.add(line);
                if (tail.size() > 20) {
                    tail.remove(0);
                }
                for (String m : List.of(WINDOW, DB, LIST)) {
                    if (line.contains(m) && !seen.containsKey(m)) {
                        seen.put(m, ms);
                    }
                }
            }
            if (!seen.keySet().containsAll(markers)) {
                throw new IllegalStateException("Markers " + markers + " not all seen; last output:\n" + String.join("\n", tail));
            }
            seen.put("rss", settledRssMb(p));
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
        return seen;
    }

    /**
     * The peak resident memory once it stops rising: read every quarter second (waiting on the process, which
     * ends the wait early if it exits) until two readings in a row match, for at most five seconds.
     */
    static double settledRssMb(Process p) throws IOException, InterruptedException {
        double last = rssMb(p.pid());
        int same = 0;
        for (int i = 0; i < 20 && same < 2 && !p.waitFor(250, TimeUnit.MILLISECONDS); i++) {
            double now = rssMb(p.pid());
            same = now == last ? same + 1 : 0;
            last = now;
        }
        return last;
    }

    static double rssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }
}

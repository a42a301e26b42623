package dev.seatledger.testing;

import dev.seatledger.cli.SeatLedgerCli;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code seatledger} run as a separate process, as a shell script runs it: the main classes and the libraries
 * without the test classes, so the logging is the real one (the test suite's {@code logback-test.xml} stays out),
 * with standard output and standard error read apart.
 */
public final class CliProcess {
    private final Process process;
    private final CompletableFuture<String> out;
    private final CompletableFuture<String> err;

    private CliProcess(Process process) {
        this.process = process;
        this.out = read(process.getInputStream());
        this.err = read(process.getErrorStream());
    }

    /** The result of a finished run. */
    public record Result(int code, String out, String err) {
    }

    public static CliProcess start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(mainClassPath());
        cmd.add(SeatLedgerCli.class.getName());
        cmd.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("SEATLEDGER_DATA_DIR");
        return new CliProcess(pb.start());
    }

    public static Result run(String... args) throws Exception {
        return start(args).finish();
    }

    /** The test class path without the test classes (a folder named test-classes). */
    static String mainClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
            .filter(e -> !Path.of(e).getFileName().toString().equals("test-classes"))
            .collect(Collectors.joining(java.io.File.pathSeparator));
    }

    public Process process() {
        return process;
    }

    /** Waits (up to two minutes) for the process to end. */
    public Result finish() throws Exception {
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("seatledger did not end within two minutes");
        }
        return new Result(process.exitValue(), out.get(30, TimeUnit.SECONDS), err.get(30, TimeUnit.SECONDS));
    }

    /** Reads the stream to its end on a thread of its own (the common pool may have a single thread). */
    private static CompletableFuture<String> read(InputStream in) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                text.complete(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                text.completeExceptionally(new UncheckedIOException(e));
            }
        }, "seatledger-output");
        t.setDaemon(true);
        t.start();
        return text;
    }
}

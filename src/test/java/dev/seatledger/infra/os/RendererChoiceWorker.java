package dev.seatledger.infra.os;

import java.nio.file.Path;
import java.time.LocalDate;

/** A fresh JVM that runs the launcher's renderer choice and prints what the toolkit would then see. */
public final class RendererChoiceWorker {
    private RendererChoiceWorker() {
    }

    /** Arguments: data folder, today's date, the folder standing for /dev. */
    public static void main(String[] args) {
        RendererChoice.beforeLaunch(Path.of(args[0]), LocalDate.parse(args[1]), Path.of(args[2]));
        System.out.println("prism.order=" + System.getProperty("prism.order"));
        System.out.println("GDK_GL=" + ProcessEnvironment.get("GDK_GL"));
        System.out.println("done");
    }
}

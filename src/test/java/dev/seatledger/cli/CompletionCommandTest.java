package dev.seatledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code seatledger completion bash|zsh}: scripts that name every command, and bash completes with them. */
class CompletionCommandTest {

    private static String run(String shell) {
        StringWriter out = new StringWriter();
        int code = SeatLedgerCli.run(new String[] {"completion", shell}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        return out.toString();
    }

    @Test
    void bothScriptsNameEveryCommandAndItsSubcommands() {
        String bash = run("bash");
        String zsh = run("zsh");

        CommandLine root = new CommandLine(new SeatLedgerCli());
        assertThat(root.getSubcommands()).containsKeys("catalog", "import", "export", "report", "completion");
        for (String command : root.getSubcommands().keySet()) {
            assertThat(bash).contains("_picocli_seatledger_" + command.replace("-", ""));
        }
        assertThat(bash).contains("complete -F _complete_seatledger -o default seatledger")
            .contains("licenses people telemetry usage assignments");
        assertThat(zsh).startsWith("#compdef seatledger\n").contains("bashcompinit")
            .contains("function _complete_seatledger()").doesNotContain("setopt COMPLETE_ALIASES")
            .endsWith("_bash_complete -F _complete_seatledger -o default\n");
    }

    @Test
    void anUnknownShellIsAUsageError() {
        StringWriter err = new StringWriter();
        int code = SeatLedgerCli.run(new String[] {"completion", "fish"}, new PrintWriter(new StringWriter()),
            new PrintWriter(err));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown shell 'fish': use bash or zsh.");
    }

    @Test
    void bashCompletesCommandsAndTheirChoices(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("seatledger"), run("bash"));
        String probe = "source " + script + "\n"
            + "complete_at() { COMP_LINE=\"$1\"; read -ra COMP_WORDS <<< \"$1\"; [[ \"$1\" == *' ' ]] && COMP_WORDS+=('');"
            + " COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=(); _complete_seatledger 2>/dev/null;"
            + " echo \"${COMPREPLY[*]}\"; }\n"
            + "complete_at 'seatledger ex'\ncomplete_at 'seatledger import '\ncomplete_at 'seatledger report --fo'\n";
        Process bash = new ProcessBuilder("bash", "-c", probe).redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes());
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(out.lines().toList()).containsExactly("export extract", "licenses people telemetry usage assignments", "--format");
    }
}

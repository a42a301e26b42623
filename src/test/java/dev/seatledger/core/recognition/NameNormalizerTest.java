package dev.seatledger.core.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the normaliser takes out of a reported name, and what it keeps. */
class NameNormalizerTest {
    private final NameNormalizer n = new NameNormalizer(Set.of("microsoft", "jetbrains", "adobe"));

    private String full(String raw) {
        return n.normalize(raw).full();
    }

    @Test
    void dropsSuffixesVersionsArchitectureLocaleAndInstallerFlavour() {
        assertThat(full("Slack.app")).isEqualTo("slack");
        assertThat(full("zoom.us.app")).isEqualTo("zoom.us");
        assertThat(full("Zoom(64bit)")).isEqualTo("zoom");
        assertThat(full("Microsoft 365 Apps for enterprise - en-us")).isEqualTo("microsoft 365 apps for enterprise");
        assertThat(full("Microsoft Visual C++ 2015-2022 Redistributable (x64) - 14.38.33135"))
            .isEqualTo("microsoft visual c++ redistributable");
        assertThat(full("Slack (Machine - MSI)")).isEqualTo("slack");
        assertThat(full("Microsoft Visual Studio Code (User)")).isEqualTo("microsoft visual studio code");
        assertThat(full("Mozilla Firefox (x64 en-US)")).isEqualTo("mozilla firefox");
        assertThat(full("Tableau 2023.3 (20233.23.1017.0948)")).isEqualTo("tableau");
        assertThat(full("AutoCAD 2024 - English")).isEqualTo("autocad");
        assertThat(full("IntelliJ IDEA 2025.1 EAP")).isEqualTo("intellij idea");
        assertThat(full("Notepad++ (64-bit x64)")).isEqualTo("notepad++");
        assertThat(full("7-Zip 23.01 (x64)")).isEqualTo("7zip");
        assertThat(full("PowerShell 7-x64")).isEqualTo("powershell");
        assertThat(full("Java(TM) SE Development Kit 21.0.2 (64-bit)")).isEqualTo("java se development kit");
        assertThat(full("Office Home & Business 2021")).isEqualTo("office home and business");
    }

    @Test
    void keepsTheWordsThatDecideTheLicense() {
        assertThat(full("IntelliJ IDEA Community Edition 2024.1.4")).isEqualTo("intellij idea community");
        assertThat(full("Adobe Acrobat Reader DC")).isEqualTo("adobe acrobat reader dc");
        assertThat(full("Visual Studio Professional 2022")).isEqualTo("visual studio professional");
        assertThat(full("Microsoft Teams (work or school)")).isEqualTo("microsoft teams work or school");
        assertThat(full("Microsoft 365 - en-us")).isEqualTo("microsoft 365");
        assertThat(full("Autodesk Fusion 360")).isEqualTo("autodesk fusion 360");
    }

    @Test
    void setsAsideAKnownVendorAndKeepsTheNumbersItTookOut() {
        Normalized jb = n.normalize("JetBrains IntelliJ IDEA 2025.2");
        assertThat(jb.vendor()).isEqualTo("jetbrains");
        assertThat(jb.core()).isEqualTo("intellij idea");
        assertThat(n.normalize("Microsoft Office Professional Plus 2019 - en-us").numbers()).containsExactly("2019");
        assertThat(n.normalize("Slack Technologies").vendor()).isNull();
    }
}

package dev.seatledger.core.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The words that decide what is licensed, each trap both ways: a catalog holding one edition never takes the other
 * edition's applications, not even as a suggestion, and takes its own.
 */
class EditionTrapsTest {
    private static final KnowledgeBase KB = KnowledgeFiles.shipped().current();

    private static SoftwareRecognizer catalogOf(String name, String publisher) {
        return new SoftwareRecognizer(KB, new RecognitionCatalog(List.of(new CatalogProduct(1, name, publisher)), Map.of()));
    }

    private static void neither(SoftwareRecognizer r, Observed o) {
        Recognition got = r.recognize(o);
        assertThat(got.productId()).as(o.name() + " matched").isNull();
        assertThat(got.suggestions()).as(o.name() + " suggested").isEmpty();
    }

    private static void matches(SoftwareRecognizer r, Observed o) {
        Recognition got = r.recognize(o);
        assertThat(got.productId()).as(o.name() + " " + got).isEqualTo(1L);
        assertThat(got.confidence()).isGreaterThanOrEqualTo(SoftwareRecognizer.AUTOMATIC);
    }

    @Test
    void visualStudioCodeIsNotVisualStudioProfessionalAndTheOtherWayRound() {
        SoftwareRecognizer pro = catalogOf("Microsoft Visual Studio Professional 2022", "Microsoft");
        neither(pro, Observed.macApp("Visual Studio Code.app", "com.microsoft.VSCode"));
        neither(pro, Observed.windowsProgram("Microsoft Visual Studio Code (User)", "Microsoft Corporation"));
        neither(pro, Observed.windowsProgram("Visual Studio Community 2022", "Microsoft Corporation"));
        matches(pro, Observed.windowsProgram("Visual Studio Professional 2022", "Microsoft Corporation"));

        SoftwareRecognizer code = catalogOf("Visual Studio Code", "Microsoft");
        neither(code, Observed.windowsProgram("Visual Studio Professional 2022", "Microsoft Corporation"));
        neither(code, Observed.windowsProgram("Visual Studio Enterprise 2022", "Microsoft Corporation"));
        matches(code, Observed.debPackage("code"));
    }

    @Test
    void acrobatReaderIsNotAcrobatProAndTheOtherWayRound() {
        SoftwareRecognizer pro = catalogOf("Adobe Acrobat Pro", "Adobe");
        neither(pro, Observed.windowsProgram("Adobe Acrobat Reader DC", "Adobe Systems Incorporated"));
        neither(pro, Observed.macApp("Adobe Acrobat Reader.app", "com.adobe.Reader"));
        neither(pro, Observed.windowsProgram("Adobe Acrobat Reader DC - Deutsch", "Adobe Systems Incorporated"));
        matches(pro, Observed.windowsProgram("Adobe Acrobat (64-bit)", "Adobe"));
        matches(pro, Observed.macApp("Adobe Acrobat.app", "com.adobe.Acrobat.Pro"));

        SoftwareRecognizer reader = catalogOf("Adobe Acrobat Reader", "Adobe");
        neither(reader, Observed.windowsProgram("Adobe Acrobat (64-bit)", "Adobe"));
        neither(reader, Observed.macApp("Adobe Acrobat.app", "com.adobe.Acrobat.Pro"));
        matches(reader, Observed.windowsProgram("Adobe Acrobat Reader DC", "Adobe Systems Incorporated"));
    }

    @Test
    void intellijCommunityIsNotUltimateAndTheOtherWayRound() {
        SoftwareRecognizer ultimate = catalogOf("JetBrains IntelliJ IDEA Ultimate", "JetBrains");
        neither(ultimate, Observed.macApp("IntelliJ IDEA CE.app", "com.jetbrains.intellij.ce"));
        neither(ultimate, Observed.windowsProgram("IntelliJ IDEA Community Edition 2024.1.4", "JetBrains s.r.o."));
        matches(ultimate, Observed.windowsProgram("IntelliJ IDEA 2024.1.4", "JetBrains s.r.o."));

        SoftwareRecognizer community = catalogOf("IntelliJ IDEA Community Edition", "JetBrains");
        neither(community, Observed.macApp("IntelliJ IDEA.app", "com.jetbrains.intellij"));
        neither(community, Observed.windowsProgram("JetBrains IntelliJ IDEA 2025.2", "JetBrains s.r.o."));
        matches(community, Observed.macApp("IntelliJ IDEA CE.app", "com.jetbrains.intellij.ce"));
    }

    @Test
    void pycharmCommunityIsNotProfessionalAndTheOtherWayRound() {
        SoftwareRecognizer pro = catalogOf("PyCharm Professional", "JetBrains");
        neither(pro, Observed.macApp("PyCharm CE.app", "com.jetbrains.pycharm.ce"));
        matches(pro, Observed.macApp("PyCharm.app", "com.jetbrains.pycharm"));

        SoftwareRecognizer community = catalogOf("PyCharm Community", "JetBrains");
        neither(community, Observed.macApp("PyCharm.app", "com.jetbrains.pycharm"));
        matches(community, Observed.windowsProgram("PyCharm Community Edition 2023.3.5", "JetBrains s.r.o."));
    }

    @Test
    void officeProfessionalPlusIsNotHomeAndBusinessAndTheOtherWayRound() {
        SoftwareRecognizer plus = catalogOf("Microsoft Office Professional Plus 2021", "Microsoft");
        neither(plus, Observed.windowsProgram("Microsoft Office Home and Business 2021 - en-us", "Microsoft Corporation"));
        matches(plus, Observed.windowsProgram("Microsoft Office LTSC Professional Plus 2021 - en-us", "Microsoft Corporation"));

        SoftwareRecognizer home = catalogOf("Office Home & Business 2021", "Microsoft");
        neither(home, Observed.windowsProgram("Microsoft Office LTSC Professional Plus 2021 - en-us", "Microsoft Corporation"));
        matches(home, Observed.windowsProgram("Microsoft Office Home and Business 2021 - en-us", "Microsoft Corporation"));
    }

    @Test
    void aProductNamedLikeOtherSoftwareIsNotThatSoftware() {
        SoftwareRecognizer calendar = catalogOf("Calendar Pro", "Acme Apps");
        neither(calendar, Observed.macApp("Calendar.app", "com.apple.iCal"));
        assertThat(calendar.recognize(Observed.macApp("Calendar.app", "com.apple.iCal")).hidden()).isTrue();
        matches(calendar, Observed.windowsProgram("Calendar Pro 3.2 (x64)", "Acme Apps"));
    }

    @Test
    void anotherYearOfAPerpetualLicenseIsOnlyASuggestion() {
        SoftwareRecognizer plus = catalogOf("Microsoft Office Professional Plus 2019", "Microsoft");
        Recognition older = plus.recognize(Observed.windowsProgram("Microsoft Office Professional Plus 2016",
            "Microsoft Corporation"));
        assertThat(older.productId()).isNull();
        assertThat(older.best().productId()).isEqualTo(1L);
        assertThat(older.best().confidence()).isLessThan(SoftwareRecognizer.AUTOMATIC);
    }

    @Test
    void helpersAndPlugInsAreNotTheProduct() {
        SoftwareRecognizer zoom = catalogOf("Zoom Workplace Business", "Zoom Video Communications");
        neither(zoom, Observed.windowsProgram("Zoom Outlook Plugin", "Zoom Video Communications, Inc."));
        neither(zoom, Observed.windowsProgram("Zoom Plugin for Microsoft Outlook", "Zoom Video Communications, Inc."));
        matches(zoom, Observed.windowsProgram("Zoom Workplace (64-bit)", "Zoom Video Communications, Inc."));

        SoftwareRecognizer plugin = catalogOf("Zoom Outlook Plugin", "Zoom Video Communications");
        neither(plugin, Observed.windowsProgram("Zoom Workplace (64-bit)", "Zoom Video Communications, Inc."));

        SoftwareRecognizer slack = catalogOf("Slack", "Slack Technologies");
        neither(slack, Observed.macApp("Slack Helper (Renderer).app", "com.tinyspeck.slackmacgap.helper.Renderer"));
        neither(slack, Observed.windowsProgram("Slack Deployment Tool", "Slack Technologies Inc."));
        matches(slack, Observed.windowsProgram("Slack (Machine - MSI)", "Slack Technologies Inc."));

        SoftwareRecognizer custom = catalogOf("Acme Timesheets", "Acme Corp");
        neither(custom, Observed.macApp("Acme Timesheets Helper.app", "com.acme.timesheets.helper"));
        neither(custom, Observed.windowsProgram("Acme Timesheets Outlook Add-in", "Acme Corp"));
    }

    @Test
    void localeArchitectureAndVersionVariantsAreOneProduct() {
        SoftwareRecognizer m365 = catalogOf("Microsoft 365 E3", "Microsoft");
        for (String name : List.of("Microsoft 365 Apps for enterprise - en-us", "Microsoft 365 Apps for enterprise - de-de",
                "Microsoft 365 Apps for business - fr-fr", "Microsoft 365 Apps for enterprise - pt-br", "Microsoft 365 - en-us")) {
            matches(m365, Observed.windowsProgram(name, "Microsoft Corporation"));
        }
        SoftwareRecognizer zoom = catalogOf("Zoom Workplace Business", "Zoom Video Communications");
        for (String name : List.of("Zoom(64bit)", "Zoom (32-bit)", "Zoom Workplace (64-bit)", "Zoom Workplace (ARM64)",
                "Zoom Workplace 6.2.5 (56404)")) {
            matches(zoom, Observed.windowsProgram(name, "Zoom Video Communications, Inc."));
        }
        SoftwareRecognizer custom = catalogOf("Acme Timesheets", "Acme Corp");
        for (String name : List.of("Acme Timesheets 4.2 (x64)", "Acme Timesheets 4.3 (x86)", "Acme Timesheets (Machine - MSI)",
                "Acme Timesheets v5 - en-us", "Acme Timesheets 2024 (64-bit) (User)", "Acme Timesheets.exe", "AcmeTimesheets")) {
            Recognition r = custom.recognize(Observed.windowsProgram(name, "Acme Corp"));
            if (name.equals("AcmeTimesheets")) {
                assertThat(r.productId()).as("one word, no knowledge: only suggested").isNull();
            } else {
                assertThat(r.productId()).as(name).isEqualTo(1L);
            }
        }
    }
}

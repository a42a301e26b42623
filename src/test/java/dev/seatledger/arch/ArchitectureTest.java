package dev.seatledger.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The layers (ui -> core <- infra; the composition root above all; the command line and the services package beside
 * the window) and packages free of cycles, at the top level and inside core, ui and infra.
 */
@AnalyzeClasses(packages = "dev.seatledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String ROOT = "dev.seatledger";

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("Composition root").definedBy(ROOT)
        .layer("Command line").definedBy(ROOT + ".cli..")
        .layer("Services").definedBy(ROOT + ".services..")
        .layer("UI").definedBy(ROOT + ".ui..")
        .layer("Infra").definedBy(ROOT + ".infra..")
        .layer("Core").definedBy(ROOT + ".core..")
        .whereLayer("Composition root").mayNotBeAccessedByAnyLayer()
        .whereLayer("Command line").mayOnlyBeAccessedByLayers("Composition root")
        .whereLayer("UI").mayOnlyBeAccessedByLayers("Composition root")
        .whereLayer("Services").mayOnlyBeAccessedByLayers("Composition root", "Command line")
        .whereLayer("Infra").mayOnlyBeAccessedByLayers("Composition root", "Command line", "Services")
        .whereLayer("Core").mayOnlyBeAccessedByLayers("Composition root", "Command line", "Services", "UI", "Infra");

    /** The root package is a slice of its own beside cli, core, infra, services and ui. */
    @ArchTest
    static final ArchRule noCycleAtTheTopLevel = slices().assignedFrom(new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String pkg = c.getPackageName();
            if (pkg.equals(ROOT)) {
                return SliceIdentifier.of("root");
            }
            if (!pkg.startsWith(ROOT + ".")) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of(pkg.substring(ROOT.length() + 1).split("\\.")[0]);
        }

        @Override
        public String getDescription() {
            return "the root package and each top-level package";
        }
    }).should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCycleInsideCore = slices().matching(ROOT + ".core.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCycleInsideUi = slices().matching(ROOT + ".ui.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCycleInsideInfra = slices().matching(ROOT + ".infra.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule coreHasNoJavaFx = noClasses().that().resideInAPackage(ROOT + ".core..")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp..");

    @ArchTest
    static final ArchRule uiNeverOpensAHibernateSession = noClasses().that().resideInAPackage(ROOT + ".ui..")
        .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..", "java.sql..");

    @ArchTest
    static final ArchRule noJavaFxOutsideUiAndRoot = noClasses().that()
        .resideInAnyPackage(ROOT + ".infra..", ROOT + ".cli..", ROOT + ".services..")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp..");
}

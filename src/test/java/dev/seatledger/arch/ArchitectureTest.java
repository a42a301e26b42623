package dev.seatledger.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.seatledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreHasNoJavaFx = noClasses().that().resideInAPackage("dev.seatledger.core..")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp..");

    @ArchTest
    static final ArchRule coreDoesNotUseUiOrInfra = noClasses().that().resideInAPackage("dev.seatledger.core..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.seatledger.ui..", "dev.seatledger.infra..");

    @ArchTest
    static final ArchRule uiNeverOpensAHibernateSession = noClasses().that().resideInAPackage("dev.seatledger.ui..")
        .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..", "java.sql..");

    @ArchTest
    static final ArchRule uiDoesNotReachIntoInfra = noClasses().that().resideInAPackage("dev.seatledger.ui..")
        .should().dependOnClassesThat().resideInAPackage("dev.seatledger.infra..");

    @ArchTest
    static final ArchRule infraHasNoUi = noClasses().that().resideInAPackage("dev.seatledger.infra..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.seatledger.ui..", "javafx..");
}

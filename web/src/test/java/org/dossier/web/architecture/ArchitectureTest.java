package org.dossier.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module arrows point one way (web → importer → core), and no package cycles. */
class ArchitectureTest {

    private static final JavaClasses DOSSIER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.dossier");

    @Test
    void coreDependsOnNeitherImporterNorWeb() {
        noClasses().that().resideInAPackage("org.dossier.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dossier.importer..", "org.dossier.web..")
                .check(DOSSIER);
    }

    @Test
    void importerDoesNotDependOnWeb() {
        noClasses().that().resideInAPackage("org.dossier.importer..")
                .should().dependOnClassesThat().resideInAPackage("org.dossier.web..")
                .check(DOSSIER);
    }

    @Test
    void coreKnowsNothingOfHttpOrArticleFormats() {
        noClasses().that().resideInAPackage("org.dossier.core..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jsoup..", "io.quarkus.qute..")
                .check(DOSSIER);
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching("org.dossier.(*).(*)..").should().beFreeOfCycles().check(DOSSIER);
    }

    @Test
    void thereIsNoUtilOrCommonPackage() {
        noClasses().should().resideInAnyPackage("..util..", "..utils..", "..common..", "..helpers..").check(DOSSIER);
    }
}

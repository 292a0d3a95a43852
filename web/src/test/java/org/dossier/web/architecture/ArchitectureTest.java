package org.dossier.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The module arrows point one way (web → importer → core), and no package cycles. */
class ArchitectureTest {

    private static final JavaClasses DOSSIER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.dossier");

    /** Fails with every offending dependency listed. */
    private static void assertHolds(ArchRule rule) {
        rule.check(DOSSIER);
    }

    @Test
    void theRulesSeeRealDependencies() {
        // The web module does use core: a rule forbidding that must find violations, or the rules above prove nothing.
        ArchRule webWithoutCore = noClasses().that().resideInAPackage("org.dossier.web..")
                .should().dependOnClassesThat().resideInAPackage("org.dossier.core..");

        assertThat(webWithoutCore.evaluate(DOSSIER).hasViolation()).isTrue();
    }

    @Test
    void coreDependsOnNeitherImporterNorWeb() {
        assertHolds(noClasses().that().resideInAPackage("org.dossier.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dossier.importer..", "org.dossier.web.."));
    }

    @Test
    void importerDoesNotDependOnWeb() {
        assertHolds(noClasses().that().resideInAPackage("org.dossier.importer..")
                .should().dependOnClassesThat().resideInAPackage("org.dossier.web.."));
    }

    @Test
    void coreKnowsNothingOfHttpOrArticleFormats() {
        assertHolds(noClasses().that().resideInAPackage("org.dossier.core..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jsoup..", "io.quarkus.qute.."));
    }

    @Test
    void packagesFormNoCycles() {
        assertHolds(slices().matching("org.dossier.(*).(*)..").should().beFreeOfCycles());
    }

    @Test
    void thereIsNoUtilOrCommonPackage() {
        assertHolds(noClasses().should().resideInAnyPackage("..util..", "..utils..", "..common..", "..helpers.."));
    }
}

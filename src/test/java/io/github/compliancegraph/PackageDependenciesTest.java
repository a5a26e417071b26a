package io.github.compliancegraph;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package dependencies, pinned: features sit on the engine (traversal, imports, neo4j), never the
 * other way round; one package owns the problems every layer raises; only the web side knows HTTP.
 */
class PackageDependenciesTest {

    private static final String APP = "io.github.compliancegraph";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(APP);
    private static final String[] HTTP = {"org.springframework.http..", "org.springframework.web.bind..",
            "org.springframework.web.servlet..", "org.springframework.web.multipart..", "jakarta.servlet.."};

    @Test
    void packagesFormNoCycle() {
        slices().matching(APP + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theEngineKnowsNothingOfHttp() {
        noClasses().that().resideInAnyPackage(APP + ".traversal..", APP + ".imports..", APP + ".neo4j..", APP + ".problem..")
                .should().dependOnClassesThat().resideInAnyPackage(HTTP).check(CLASSES);
    }

    @Test
    void theEngineDependsOnNoFeature() {
        noClasses().that().resideInAnyPackage(APP + ".traversal..", APP + ".neo4j..", APP + ".problem..", APP + ".text..")
                .should().dependOnClassesThat().resideInAnyPackage(APP + ".api..", APP + ".web..", APP + ".explorer..", APP + ".browser..",
                        APP + ".imports..", APP + ".search..", APP + ".coverage..", APP + ".system..", APP + ".oscal..")
                .check(CLASSES);
    }

    @Test
    void problemsAreRaisedAnywhereButDependOnNothingOfOurs() {
        noClasses().that().resideInAPackage(APP + ".problem..").should()
                .dependOnClassesThat(resideInAPackage(APP + "..").and(not(resideInAPackage(APP + ".problem..")))).check(CLASSES);
    }
}

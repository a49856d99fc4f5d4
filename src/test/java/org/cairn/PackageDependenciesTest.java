package org.cairn;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Dependencies between Cairn's packages point one way: from the domain packages down to the
 * query path (feature), access rules (security) and HTTP habits (web), never back. The root
 * package puts the pieces together and is left out.
 */
class PackageDependenciesTest {

    private static final JavaClasses CAIRN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.cairn");

    @Test
    void noPackageCycle() {
        slices().matching("org.cairn.(*)..").should().beFreeOfCycles().check(CAIRN);
    }

    /** What every domain package builds on: none of it may reach up into a domain package. */
    @Test
    void theGroundworkKnowsNothingOfTheDomain() {
        String[] groundwork = {"org.cairn.config..", "org.cairn.validation..", "org.cairn.db..", "org.cairn.geo..",
            "org.cairn.web..", "org.cairn.sealing..", "org.cairn.security..", "org.cairn.feature.."};
        classes().that().resideInAnyPackage(groundwork).should().onlyDependOnClassesThat(
                resideInAnyPackage(groundwork).or(resideOutsideOfPackage("org.cairn.."))).check(CAIRN);
    }
}

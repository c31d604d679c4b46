package dev.tiersync.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.tiersync", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFreeOfSalesforceSpringNetworkAndDatabase = noClasses()
            .that().resideInAPackage("dev.tiersync.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.sforce..", "org.springframework..", "java.net..", "java.sql..", "org.slf4j..")
            .because("the domain core is pure: no client library, framework or I/O");

    @ArchTest
    static final ArchRule onlyTheAdapterKnowsForceWsc = noClasses()
            .that().resideOutsideOfPackage("dev.tiersync.salesforce.wsc..")
            .should().dependOnClassesThat().resideInAPackage("com.sforce..")
            .because("force-wsc stays behind the Salesforce port, in one adapter package");

    @ArchTest
    static final ArchRule domainDoesNotReachOutward = noClasses()
            .that().resideInAPackage("dev.tiersync.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.tiersync.sync..", "dev.tiersync.salesforce..")
            .because("the sync and the adapters depend on the domain, never the other way round");

    @ArchTest
    static final ArchRule onlyTheFitsInternalsKnowTheLearningLibraries = noClasses()
            .that().resideOutsideOfPackage("dev.tiersync.domain.fit.internal..")
            .should().dependOnClassesThat().resideInAnyPackage("org.tribuo..", "org.apache.commons.math3..")
            .because("Tribuo and Commons Math are how the fit learns, not part of its API");

    @ArchTest
    static final ArchRule syncDependsOnThePortNotTheAdapter = noClasses()
            .that().resideInAPackage("dev.tiersync.sync..")
            .should().dependOnClassesThat().resideInAPackage("dev.tiersync.salesforce.wsc..");

    @ArchTest
    static final ArchRule theSignalsKnowNothingOfTheEngine = noClasses()
            .that().resideInAnyPackage("dev.tiersync.domain.signals..", "dev.tiersync.domain.value..",
                    "dev.tiersync.domain.tiering..", "dev.tiersync.domain.profile..")
            .should().dependOnClassesThat().resideInAPackage("dev.tiersync.domain.engine..")
            .because("the rules see an account through its profile; the engine composes them, never the other way round");
}

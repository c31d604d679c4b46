package dev.tiersync.plugins;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The host does I/O (jars, class loaders), so it stays outside the pure domain, and the domain never reaches it. */
@AnalyzeClasses(packages = "dev.tiersync", importOptions = ImportOption.DoNotIncludeTests.class)
class PluginHostArchitectureTest {

    @ArchTest
    static final ArchRule theDomainDoesNotKnowThePluginHost = noClasses()
            .that().resideInAPackage("dev.tiersync.domain..")
            .should().dependOnClassesThat().resideInAPackage("dev.tiersync.plugins..")
            .because("the engine stays pure; the host adapts plugins to it from outside");

    @ArchTest
    static final ArchRule theHostsPublicSurfaceSpeaksTheApiNotTheEngine = noClasses()
            .that().resideInAPackage("dev.tiersync.plugins")
            .should().dependOnClassesThat().resideInAnyPackage("dev.tiersync.domain..", "dev.tiersync.sync..", "dev.tiersync.salesforce..")
            .because("the engine's types are adapted in dev.tiersync.plugins.internal, so the engine can change without the host's surface");

    @ArchTest
    static final ArchRule theHostKnowsNoForceWscOrSpring = noClasses()
            .that().resideInAPackage("dev.tiersync.plugins..")
            .should().dependOnClassesThat().resideInAnyPackage("com.sforce..", "org.springframework..");
}

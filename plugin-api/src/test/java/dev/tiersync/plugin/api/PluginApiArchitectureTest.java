package dev.tiersync.plugin.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The plugin API is what plugins compile against: the JDK and nothing else. */
@AnalyzeClasses(packages = "dev.tiersync.plugin.api", importOptions = ImportOption.DoNotIncludeTests.class)
class PluginApiArchitectureTest {

    @ArchTest
    static final ArchRule theApiDependsOnTheJdkAlone = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.tiersync.plugin.api..", "java..")
            .because("a plugin built against the API must not need any other jar, and must not break when TierSync's insides change");

    @ArchTest
    static final ArchRule theApiKnowsNothingOfTierSyncsInsides = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("dev.tiersync.domain..", "dev.tiersync.sync..",
                    "dev.tiersync.salesforce..", "dev.tiersync.plugins..", "dev.tiersync.scheduler..",
                    "org.springframework..", "com.sforce..")
            .because("the engine, Spring and force-wsc may change at any time; the API only by its own version");

    @ArchTest
    static final ArchRule theApiDoesNoNetworkOrDatabaseIo = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("java.net..", "java.sql..", "java.nio.channels..");
}

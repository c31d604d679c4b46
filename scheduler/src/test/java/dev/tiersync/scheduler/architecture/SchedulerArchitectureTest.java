package dev.tiersync.scheduler.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The scheduler's packages form a hierarchy, and only the composition root knows the force-wsc adapter. */
@AnalyzeClasses(packages = "dev.tiersync.scheduler", importOptions = ImportOption.DoNotIncludeTests.class)
class SchedulerArchitectureTest {

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.tiersync.scheduler.(*)..").should().beFreeOfCycles()
            .because("every package can be understood, and changed, from the packages below it");

    @ArchTest
    static final ArchRule theSyncIsWiredOnlyThroughTheRuntime = noClasses()
            .that().resideInAPackage("dev.tiersync.scheduler..")
            .should().dependOnClassesThat().haveSimpleName("GuardRegistry")
            .orShould().dependOnClassesThat().haveSimpleName("WscOrgConnector")
            .orShould().callConstructorWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                            com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName("SyncJob"))))
            .because("SyncRuntime is the one place the sync is wired");
}

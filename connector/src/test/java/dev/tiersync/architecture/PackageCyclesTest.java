package dev.tiersync.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The connector's packages form a hierarchy: none depends, however indirectly, on one that depends on it. */
@AnalyzeClasses(packages = {"dev.tiersync.domain", "dev.tiersync.sync", "dev.tiersync.salesforce", "dev.tiersync.store",
        "dev.tiersync.runtime", "dev.tiersync.plugins"}, importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.tiersync.(**)").should().beFreeOfCycles()
            .ignoreDependency(inPackage("dev.tiersync.plugins"), inPackage("dev.tiersync.plugins.internal"))
            .because("every package can be understood, and changed, from the packages below it (the plugin host's public "
                    + "surface and its internal implementation are one feature, as in resilience4j)");

    @ArchTest
    static final ArchRule noCyclesBetweenTheConnectorsParts = slices().matching("dev.tiersync.(*)..").should().beFreeOfCycles()
            .because("the domain, the sync, the port to Salesforce, the store, the plugin host and the composition root "
                    + "depend on one another one way only: the sync never on the plugin host, which adapts to it");

    private static DescribedPredicate<JavaClass> inPackage(String name) {
        return DescribedPredicate.describe("in " + name, type -> type.getPackageName().equals(name));
    }
}

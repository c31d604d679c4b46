package dev.tiersync.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The connector's packages form a hierarchy: none depends, however indirectly, on one that depends on it. */
@AnalyzeClasses(packages = {"dev.tiersync.domain", "dev.tiersync.sync", "dev.tiersync.salesforce", "dev.tiersync.store",
        "dev.tiersync.runtime"}, importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.tiersync.(**)").should().beFreeOfCycles()
            .because("every package can be understood, and changed, from the packages below it");
}

package dev.tiersync.emulator.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The emulator's features (the org's shared state, the store, SOQL, the protocols, the pipeline, data) form a
 * hierarchy. The root package is the emulator's public surface: its value types ({@code EmulatorSettings},
 * {@code FaultPlan}, {@code AuditEntry}, ...) are what the features take, and {@code EmulatedOrg} wires the
 * features together, so it is left out of the slices as a composition root.
 */
@AnalyzeClasses(packages = "dev.tiersync.emulator", importOptions = ImportOption.DoNotIncludeTests.class)
class EmulatorArchitectureTest {

    @ArchTest
    static final ArchRule noCyclesBetweenTheEmulatorsFeatures = slices().matching("dev.tiersync.emulator.(*)..")
            .should().beFreeOfCycles()
            .because("every package can be understood, and changed, from the packages below it");
}

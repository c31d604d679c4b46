package dev.tiersync.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The connector's packages form a hierarchy: none depends, however indirectly, on one that depends on it. A
 * feature's {@code internal} package is part of its feature (its public types and their implementation may
 * know each other), as in resilience4j.
 */
@AnalyzeClasses(packages = {"dev.tiersync.domain", "dev.tiersync.sync", "dev.tiersync.salesforce", "dev.tiersync.store",
        "dev.tiersync.runtime", "dev.tiersync.plugins"}, importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {

    /** A slice per package below {@code dev.tiersync}, with {@code x.internal..} counted as {@code x}. */
    static final SliceAssignment FEATURES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (!name.startsWith("dev.tiersync.")) {
                return SliceIdentifier.ignore();
            }
            String feature = name.substring("dev.tiersync.".length());
            int internal = feature.indexOf(".internal");
            return SliceIdentifier.of(internal < 0 ? feature : feature.substring(0, internal));
        }

        @Override
        public String getDescription() {
            return "packages of dev.tiersync, each with its internal package";
        }
    };

    @ArchTest
    static final ArchRule noPackageCycles = slices().assignedFrom(FEATURES).should().beFreeOfCycles()
            .because("every package can be understood, and changed, from the packages below it");

    @ArchTest
    static final ArchRule noCyclesBetweenTheConnectorsParts = slices().matching("dev.tiersync.(*)..").should().beFreeOfCycles()
            .because("the domain, the sync, the port to Salesforce, the store, the plugin host and the composition root "
                    + "depend on one another one way only: the sync never on the plugin host, which adapts to it");
}

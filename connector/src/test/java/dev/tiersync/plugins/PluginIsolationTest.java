package dev.tiersync.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.plugin.api.AccountView;
import dev.tiersync.plugin.api.Metrics;
import dev.tiersync.testdata.PluginJarBuilder;
import dev.tiersync.testdata.Profiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each plugin has a class loader of its own, which sees the plugin API and the JDK, and nothing else of TierSync. */
class PluginIsolationTest {

    final PluginHost host = PluginHost.create(PluginHostTest.CLOCK);

    @TempDir
    Path plugins;

    @Test
    void aPluginSeesTheApiAndTheJdkButNotTheEngineItsLibrariesOrAnotherPlugin() {
        PluginJarBuilder.aPlugin("other").contribution("churn-signal", "quiet", "com.example.other.Quiet")
                .source("com.example.other.Quiet", """
                        package com.example.other;

                        import dev.tiersync.plugin.api.*;
                        import java.util.Optional;

                        public final class Quiet implements ChurnSignal {
                            public Optional<Finding> evaluate(AccountView customer) {
                                return Optional.empty();
                            }
                        }
                        """).buildIn(plugins);
        probe("probe").buildIn(plugins);

        try (PluginRegistry registry = host.start(plugins, PluginSettings.none())) {
            PluginRun run = registry.startRun();

            List<String> seen = run.enrich(account()).texts("probe.seen");

            assertThat(run.failures()).isEmpty();
            assertThat(String.join(" ", seen)).isEqualTo("java.time.Clock=yes java.sql.Connection=yes dev.tiersync.plugin.api.Finding=yes "
                    + "dev.tiersync.domain.Account=no dev.tiersync.plugins.PluginHost=no org.slf4j.Logger=no org.yaml.snakeyaml.Yaml=no "
                    + "com.sforce.ws.ConnectorConfig=no com.example.other.Quiet=no");
        }
    }

    @Test
    void twoPluginsMayBundleTheSameClassNameEachHavingItsOwn() {
        withBundledHelper("left", "left's").buildIn(plugins);
        withBundledHelper("right", "right's").buildIn(plugins);

        try (PluginRegistry registry = host.start(plugins, PluginSettings.none())) {
            PluginRun run = registry.startRun();

            assertThat(run.test(registry.condition("left-says", Map.of()), account()).reason()).contains("left's helper");
            assertThat(run.test(registry.condition("right-says", Map.of()), account()).reason()).contains("right's helper");
        }
    }

    @Test
    void theApiTypesAPluginUsesAreTheCoresOwn() {
        probe("probe").buildIn(plugins);

        try (PluginRegistry registry = host.start(plugins, PluginSettings.none())) {
            Object attributes = registry.startRun().enrich(account());

            assertThat(attributes).isInstanceOf(dev.tiersync.plugin.api.Attributes.class);
            assertThat(attributes.getClass().getClassLoader()).isSameAs(dev.tiersync.plugin.api.Attributes.class.getClassLoader());
        }
    }

    /** An enricher whose attribute {@code probe.seen} lists which classes its class loader can load. */
    private static PluginJarBuilder probe(String id) {
        return PluginJarBuilder.aPlugin(id).contribution("account-enricher", "can-see", "com.example.probe.CanSee")
                .source("com.example.probe.CanSee", """
                        package com.example.probe;

                        import dev.tiersync.plugin.api.*;
                        import java.util.ArrayList;
                        import java.util.List;

                        public final class CanSee implements AccountEnricher {
                            private static final String[] NAMES = {"java.time.Clock", "java.sql.Connection",
                                    "dev.tiersync.plugin.api.Finding", "dev.tiersync.domain.Account", "dev.tiersync.plugins.PluginHost",
                                    "org.slf4j.Logger", "org.yaml.snakeyaml.Yaml", "com.sforce.ws.ConnectorConfig",
                                    "com.example.other.Quiet"};

                            public Attributes enrich(AccountView account) {
                                List<String> seen = new ArrayList<>();
                                for (String name : NAMES) {
                                    seen.add(name + "=" + (visible(name) ? "yes" : "no"));
                                }
                                return Attributes.builder().texts("probe.seen", seen).build();
                            }

                            private static boolean visible(String name) {
                                try {
                                    Class.forName(name, false, CanSee.class.getClassLoader());
                                    return true;
                                } catch (ClassNotFoundException e) {
                                    return false;
                                }
                            }
                        }
                        """);
    }

    private static PluginJarBuilder withBundledHelper(String id, String says) {
        return PluginJarBuilder.aPlugin(id).contribution("segment-condition", id + "-says", "com.example." + id + ".Says")
                .source("com.example.shared.Helper", """
                        package com.example.shared;

                        public final class Helper {
                            public static String say() {
                                return "%s helper";
                            }
                        }
                        """.formatted(says))
                .source("com.example." + id + ".Says", """
                        package com.example.%s;

                        import dev.tiersync.plugin.api.*;

                        public final class Says implements SegmentCondition {
                            public Verdict evaluate(AccountView account) {
                                return Verdict.met(com.example.shared.Helper.say());
                            }
                        }
                        """.formatted(id));
    }

    private static AccountView account() {
        return AccountView.builder("001000000000001AAA", Metrics.builder(Profiles.AS_OF).build()).build();
    }
}

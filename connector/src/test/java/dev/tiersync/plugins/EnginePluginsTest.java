package dev.tiersync.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiersync.domain.AccountHistory;
import dev.tiersync.domain.engine.Segmentation;
import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.engine.Segmenter;
import dev.tiersync.domain.segments.NamedCondition;
import dev.tiersync.domain.segments.SegmentDefinition;
import dev.tiersync.domain.segments.SegmentRules;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.plugins.internal.EnginePlugins;
import dev.tiersync.sync.DisabledPlugin;
import dev.tiersync.sync.JobPlugins;
import dev.tiersync.sync.RunPlugins;
import dev.tiersync.testdata.OrgHistories;
import dev.tiersync.testdata.PluginJarBuilder;
import dev.tiersync.testdata.SyncReportBuilder;
import dev.tiersync.testdata.TestPlugins;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loaded plugins bound to a set of rules: the rules' named conditions must be the loaded plugins'
 * segment conditions, checked when bound; each run then judges them through the guard, and the run's
 * plugins name those that failed.
 */
class EnginePluginsTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    final PluginHost host = PluginHost.create(PluginHostTest.CLOCK);

    @TempDir
    Path plugins;

    @Test
    void aRuleNamingAConditionNoLoadedPluginHasIsRefusedNamingTheSegmentAndTheCondition() {
        TestPlugins.industryCondition("industries", "in-industry").buildIn(plugins);

        try (PluginRegistry registry = host.start(plugins, PluginSettings.none())) {
            assertThatThrownBy(() -> EnginePlugins.bind(registry, rules(new NamedCondition("uses-technology", Map.of("technology", "AWS")))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("segments[0].conditions[0] (segment 'Special'): no plugin contributes the segment condition "
                            + "'uses-technology'; the conditions are in-industry");
            assertThatThrownBy(() -> EnginePlugins.bind(registry, rules(new NamedCondition("in-industry", Map.of("sector", "Retail")))))
                    .hasMessage("segments[0].conditions[0] (segment 'Special'): segment condition 'in-industry' has no setting "
                            + "'sector'; its settings are industry");
            assertThatThrownBy(() -> EnginePlugins.bind(registry, rules(new NamedCondition("in-industry", Map.of()))))
                    .hasMessageStartingWith("segments[0].conditions[0] (segment 'Special'): segment condition 'in-industry' "
                            + "(plugin industries): contribution 'in-industry' needs a value for its configuration key 'industry'");
        }
        assertThatThrownBy(() -> EnginePlugins.bind(host.noPlugins(), rules(new NamedCondition("in-industry", Map.of()))))
                .hasMessageContaining("the conditions are none (no plugin is loaded that has one)");
    }

    @Test
    void withNoPluginAndNoNamedConditionRunsHaveNoPluginsAtAll() {
        assertThat(EnginePlugins.bind(host.noPlugins(), SegmentRules.defaults())).isSameAs(JobPlugins.NONE);
    }

    @Test
    void aPluginsConditionTakesItsAccountsAndOneThatThrowsIsOffForTheRunAndNamed() {
        TestPlugins.industryCondition("industries", "in-industry").buildIn(plugins);
        String boom = OrgData.generate(1, 9, AS_OF).records().get("Account").get(0).get("Id");
        PluginJarBuilder.aPlugin("touchy")
                .contribution("segment-condition", "touchy", "com.example.touchy.Touchy")
                .source("com.example.touchy.Touchy", """
                        package com.example.touchy;

                        import dev.tiersync.plugin.api.*;

                        public final class Touchy implements SegmentCondition {
                            public Verdict evaluate(AccountView account) {
                                if (account.id().equals("%s")) {
                                    throw new IllegalStateException("touched");
                                }
                                return Verdict.met("touchy");
                            }
                        }
                        """.formatted(boom)).buildIn(plugins);
        List<AccountHistory> org = OrgHistories.of(OrgData.generate(200, 9, AS_OF)).histories();
        SegmentationConfig config = withRules(rules(new NamedCondition("touchy", Map.of()),
                new NamedCondition("in-industry", Map.of("industry", "Technology"))));

        try (PluginRegistry registry = host.start(plugins, PluginSettings.none())) {
            RunPlugins run = EnginePlugins.bind(registry, config.segments()).start();
            List<Segmentation> results = new Segmenter(config).assess(org, AS_OF, run.extensions());

            assertThat(results.get(0).segment()).as("the account it threw on").isNotEqualTo("Special");
            assertThat(results).filteredOn(s -> s.segment().equals("Special")).isEmpty();
            assertThat(results).filteredOn(s -> s.segment().equals("Technology")).isNotEmpty()
                    .allSatisfy(s -> assertThat(s.industry()).isEqualTo("Technology"))
                    .allSatisfy(s -> assertThat(s.reasons()).contains(". Technology: in Technology."));
            assertThat(results).filteredOn(s -> s.industry().equals("Technology")).allSatisfy(s ->
                    assertThat(s.segment()).isEqualTo("Technology"));
            assertThat(run.disabled()).extracting(DisabledPlugin::describe).containsExactly("plugin touchy (touchy-plugin.jar) "
                    + "failed in segment-condition touchy on account " + boom + ": IllegalStateException: touched; it was off for the "
                    + "rest of the run");
            assertThat(EnginePlugins.bind(registry, config.segments()).start().disabled()).as("the next run starts afresh").isEmpty();
        }
    }

    @Test
    void theRunsListenersAreToldOnlyWhenTheCallerSaysAndTheirFailuresAreReturnedApart() {
        PluginJarBuilder.aPlugin("notify")
                .contribution("run-listener", "deaf", "com.example.notify.Deaf")
                .source("com.example.notify.Deaf", """
                        package com.example.notify;

                        import dev.tiersync.plugin.api.*;

                        public final class Deaf implements RunListener {
                            public void runFinished(RunSummary summary) {
                                throw new UnsupportedOperationException("no webhook for " + summary.org());
                            }
                        }
                        """).buildIn(plugins);

        try (PluginRegistry registry = host.start(plugins, PluginSettings.none())) {
            RunPlugins run = EnginePlugins.bind(registry, SegmentRules.defaults()).start();
            assertThat(run.disabled()).isEmpty();

            List<DisabledPlugin> late = run.runFinished("acme", SyncReportBuilder.aReport().build());

            assertThat(late).extracting(DisabledPlugin::plugin, DisabledPlugin::point, DisabledPlugin::accountId, DisabledPlugin::error)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("notify", "run-listener", null,
                            "UnsupportedOperationException: no webhook for acme"));
            assertThat(run.disabled()).isEqualTo(late);
        }
    }

    private static SegmentRules rules(NamedCondition... special) {
        List<SegmentDefinition> segments = new ArrayList<>();
        segments.add(new SegmentDefinition("Special", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, List.of(special)));
        if (special.length > 1) {
            segments.add(new SegmentDefinition("Technology", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null,
                    List.of(special[1])));
        }
        segments.add(SegmentDefinition.catchAll("Rest"));
        return new SegmentRules(segments);
    }

    private static SegmentationConfig withRules(SegmentRules segments) {
        SegmentationConfig d = SegmentationConfig.defaults();
        return new SegmentationConfig(d.industries(), d.sizeBands(), d.value(), d.tiers(), d.churn(), d.upsell(), segments);
    }
}

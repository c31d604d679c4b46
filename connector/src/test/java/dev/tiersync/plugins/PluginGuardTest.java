package dev.tiersync.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.AccountHistory;
import dev.tiersync.domain.engine.Segmentation;
import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.engine.Segmenter;
import dev.tiersync.domain.signals.ChurnRisk;
import dev.tiersync.plugin.api.AccountView;
import dev.tiersync.plugin.api.Attributes;
import dev.tiersync.plugin.api.Metrics;
import dev.tiersync.plugin.api.RunStatus;
import dev.tiersync.plugin.api.RunSummary;
import dev.tiersync.sync.RunPlugins;
import dev.tiersync.plugins.internal.EnginePlugins;
import dev.tiersync.testdata.AccountBuilder;
import dev.tiersync.testdata.PluginJarBuilder;
import dev.tiersync.testdata.Profiles;
import dev.tiersync.testdata.TestPlugins;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plugin that throws during a run is off for the rest of it, recorded, and the run goes on without it. */
class PluginGuardTest {

    final PluginHost host = PluginHost.create(PluginHostTest.CLOCK);

    @TempDir
    Path plugins;

    @Test
    void aSignalThatThrowsSwitchesItsPluginOffAndTheEngineRunsOnWithTheOthers() {
        TestPlugins.failingOn("flaky", "boom").buildIn(plugins);
        TestPlugins.singleDealChurn("steady").buildIn(plugins);
        List<AccountHistory> accounts = IntStream.range(0, 40)
                .mapToObj(i -> once(i == 20 ? "boom" : "acct" + i)).toList();

        try (PluginRegistry registry = host.start(plugins, PluginSettings.none())) {
            SegmentationConfig config = SegmentationConfig.defaults();
            RunPlugins run = EnginePlugins.bind(registry, config.segments()).start();

            List<Segmentation> results = new Segmenter(config).assess(accounts, Profiles.AS_OF, run.extensions());

            assertThat(results).hasSize(40).allSatisfy(result -> {
                assertThat(result.churnRisk()).as("the steady plugin's 3 points, on every account").isEqualTo(ChurnRisk.HIGH);
                assertThat(result.reasons()).contains("bought only once");
            });
            assertThat(results.get(20).reasons()).doesNotContain("watched by flaky");
            assertThat(run.disabled()).singleElement().satisfies(failure -> {
                assertThat(failure.plugin()).isEqualTo("flaky");
                assertThat(failure.jar()).isEqualTo("flaky-plugin.jar");
                assertThat(failure.point()).isEqualTo(ExtensionPoint.CHURN_SIGNAL.id());
                assertThat(failure.contribution()).isEqualTo("watching");
                assertThat(failure.accountId()).isEqualTo("boom");
                assertThat(failure.error()).isEqualTo("IllegalStateException: the intent service answered 503");
                assertThat(failure.at()).isEqualTo(PluginHostTest.CLOCK.instant());
                assertThat(failure.describe()).isEqualTo("plugin flaky (flaky-plugin.jar) failed in churn-signal watching on account "
                        + "boom: IllegalStateException: the intent service answered 503; it was off for the rest of the run");
            });
        }
    }

    @Test
    void anOffPluginGivesNothingMoreInThatRunAndIsOnAgainInTheNext() {
        TestPlugins.failingOn("flaky", "boom").buildIn(plugins);

        try (PluginRegistry registry = host.start(plugins, PluginSettings.none())) {
            PluginRun first = registry.startRun();
            assertThat(first.churnFindings(customer("before"))).extracting(f -> f.reason()).containsExactly("watched by flaky");
            assertThat(first.enrich(customer("before")).flag("flaky.watched")).contains(true);

            assertThat(first.churnFindings(customer("boom"))).isEmpty();

            assertThat(first.churnFindings(customer("after"))).as("off for the rest of the run").isEmpty();
            assertThat(first.enrich(customer("after"))).as("all of the plugin, its enricher too").isEqualTo(Attributes.none());
            PluginRun second = registry.startRun();
            assertThat(second.churnFindings(customer("after"))).hasSize(1);
            assertThat(second.failures()).isEmpty();
        }
    }

    @Test
    void enrichingAllAccountsGivesAFailedPluginsAttributesToNoneOfThem() {
        TestPlugins.failingOn("flaky", "boom").buildIn(plugins);
        PluginJarBuilder.aPlugin("intent")
                .contribution("account-enricher", "score", "com.example.intent.Score")
                .contribution("account-enricher", "boomer", "com.example.intent.Boomer")
                .source("com.example.intent.Score", enricher("com.example.intent", "Score", "intent.score", "account.id().equals(\"x\")"))
                .source("com.example.intent.Boomer", enricher("com.example.intent", "Boomer", "intent.boom",
                        "account.id().equals(\"acct7\")"))
                .buildIn(plugins);
        List<AccountView> accounts = IntStream.range(0, 12).mapToObj(i -> customer("acct" + i)).toList();

        try (PluginRegistry registry = host.start(plugins, PluginSettings.none())) {
            PluginRun run = registry.startRun();

            List<Attributes> enriched = run.enrichAll(accounts);

            assertThat(enriched).hasSize(12).allSatisfy(attributes -> assertThat(attributes.keys()).containsExactly("flaky.watched"));
            assertThat(run.failures()).extracting(PluginFailure::pluginId, PluginFailure::contributionId, PluginFailure::accountId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("intent", "boomer", "acct7"));
        }
    }

    @Test
    void anEnricherOutsideItsNamespaceOrReturningNullBreaksItsPointsContract() {
        PluginJarBuilder.aPlugin("sloppy")
                .contribution("account-enricher", "trespass", "com.example.sloppy.Trespass")
                .source("com.example.sloppy.Trespass", """
                        package com.example.sloppy;

                        import dev.tiersync.plugin.api.*;

                        public final class Trespass implements AccountEnricher {
                            public Attributes enrich(AccountView account) {
                                return Attributes.builder().text("technographics.crm", "fake").build();
                            }
                        }
                        """).buildIn(plugins);
        PluginJarBuilder.aPlugin("empty-handed")
                .contribution("churn-signal", "nothing", "com.example.empty.Nothing")
                .source("com.example.empty.Nothing", """
                        package com.example.empty;

                        import dev.tiersync.plugin.api.*;
                        import java.util.Optional;

                        public final class Nothing implements ChurnSignal {
                            public Optional<Finding> evaluate(AccountView customer) {
                                return null;
                            }
                        }
                        """).buildIn(plugins);

        try (PluginRegistry registry = host.start(plugins, PluginSettings.none())) {
            PluginRun run = registry.startRun();

            assertThat(run.enrich(customer("a"))).isEqualTo(Attributes.none());
            assertThat(run.churnFindings(customer("a"))).isEmpty();
            assertThat(run.failures()).extracting(PluginFailure::pluginId, PluginFailure::error).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("sloppy", "ContractBrokenException: gave attribute 'technographics.crm', "
                            + "outside its namespace sloppy.*"),
                    org.assertj.core.groups.Tuple.tuple("empty-handed", "ContractBrokenException: returned null instead of an "
                            + "Optional (empty when the signal sees nothing)"));
        }
    }

    @Test
    void runListenersHearOfTheRunAndOneThatThrowsIsRecordedWithoutStoppingTheOthers() throws IOException {
        PluginJarBuilder.aPlugin("notify")
                .contribution("run-listener", "deaf", "com.example.notify.Deaf")
                .contribution("run-listener", "heard", "com.example.notify.Heard", "out: {required: 'true'}")
                .source("com.example.notify.Deaf", """
                        package com.example.notify;

                        import dev.tiersync.plugin.api.*;

                        public final class Deaf implements RunListener {
                            public void runFinished(RunSummary summary) {
                                throw new UnsupportedOperationException("webhook not configured");
                            }
                        }
                        """)
                .source("com.example.notify.Heard", listener("com.example.notify")).buildIn(plugins);
        PluginJarBuilder.aPlugin("other")
                .contribution("run-listener", "heard", "com.example.other.Heard", "out: {required: 'true'}")
                .source("com.example.other.Heard", listener("com.example.other")).buildIn(plugins);
        Path notifyOut = plugins.resolve("notify.out");
        Path otherOut = plugins.resolve("other.out");
        RunSummary summary = RunSummary.builder("acme", RunStatus.SUCCEEDED, LocalDate.of(2025, 6, 1)).accountsWritten(12)
                .tierCounts(Map.of("A", 3)).build();

        try (PluginRegistry registry = host.start(plugins, PluginSettings.of(Map.of(
                "notify", Map.of("out", notifyOut.toString()), "other", Map.of("out", otherOut.toString()))))) {
            PluginRun run = registry.startRun();
            run.runFinished(summary);

            assertThat(notifyOut).as("the plugin was off after its first listener threw").doesNotExist();
            assertThat(Files.readString(otherOut)).isEqualTo("acme SUCCEEDED 12 {A=3}");
            assertThat(run.failures()).singleElement().satisfies(failure -> {
                assertThat(failure.pluginId()).isEqualTo("notify");
                assertThat(failure.point()).isEqualTo(ExtensionPoint.RUN_LISTENER);
                assertThat(failure.contributionId()).isEqualTo("deaf");
                assertThat(failure.accountIdIfAny()).isEmpty();
                assertThat(failure.error()).isEqualTo("UnsupportedOperationException: webhook not configured");
            });
        }
    }

    /** A listener that writes what it heard to the file its {@code out} setting names. */
    private static String listener(String pkg) {
        return """
                package %s;

                import dev.tiersync.plugin.api.*;
                import java.io.IOException;
                import java.io.UncheckedIOException;
                import java.nio.file.Files;
                import java.nio.file.Path;

                public final class Heard implements RunListener {
                    private final Path out;

                    public Heard(PluginContext context) {
                        this.out = Path.of(context.configuration().require("out"));
                    }

                    public void runFinished(RunSummary summary) {
                        try {
                            Files.writeString(out, summary.org() + " " + summary.status() + " " + summary.accountsWritten() + " "
                                    + summary.tierCounts());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
                """.formatted(pkg);
    }

    private static String enricher(String pkg, String name, String key, String failWhen) {
        return """
                package %s;

                import dev.tiersync.plugin.api.*;

                public final class %s implements AccountEnricher {
                    public Attributes enrich(AccountView account) {
                        if (%s) {
                            throw new IllegalStateException("no data for " + account.id());
                        }
                        return Attributes.builder().number("%s", 1).build();
                    }
                }
                """.formatted(pkg, name, failWhen, key);
    }

    private static AccountView customer(String id) {
        return AccountView.builder(id, Metrics.builder(Profiles.AS_OF).wonDeals(1).build()).build();
    }

    private static AccountHistory once(String id) {
        return new AccountHistory(AccountBuilder.anAccount(id).build(), List.of(Profiles.won(id, "500", "2024-06-01")));
    }
}

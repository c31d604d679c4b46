package dev.tiersync.testdata;

/**
 * Plugins for the host's tests, as {@link PluginJarBuilder}s: written against the plugin API only, like
 * any third party's. Each class goes in a package of its plugin's own, so two plugins never share a class.
 */
public final class TestPlugins {

    private TestPlugins() {
    }

    /** A churn signal: a customer that bought only once is at High risk (3 points). */
    public static PluginJarBuilder singleDealChurn(String id) {
        String pkg = "com.example." + id.replace('-', '_');
        return PluginJarBuilder.aPlugin(id)
                .contribution("churn-signal", "single-deal", pkg + ".SingleDealChurn")
                .source(pkg + ".SingleDealChurn", """
                        package %s;

                        import dev.tiersync.plugin.api.AccountView;
                        import dev.tiersync.plugin.api.ChurnSignal;
                        import dev.tiersync.plugin.api.Finding;
                        import java.util.Optional;

                        public final class SingleDealChurn implements ChurnSignal {
                            @Override
                            public Optional<Finding> evaluate(AccountView customer) {
                                return customer.metrics().wonDeals() == 1
                                        ? Optional.of(Finding.of("single-deal", 3, "bought only once"))
                                        : Optional.empty();
                            }
                        }
                        """.formatted(pkg));
    }

    /**
     * A churn signal that finds "watched by ID" (1 point) on every customer, but throws on the account
     * {@code failOn}, and an enricher that gives {@code ID.watched = yes} to every account.
     */
    public static PluginJarBuilder failingOn(String id, String failOn) {
        String pkg = "com.example." + id.replace('-', '_');
        return PluginJarBuilder.aPlugin(id)
                .contribution("account-enricher", "watched", pkg + ".Watched")
                .contribution("churn-signal", "watching", pkg + ".Watching")
                .source(pkg + ".Watched", """
                        package %s;

                        import dev.tiersync.plugin.api.AccountEnricher;
                        import dev.tiersync.plugin.api.AccountView;
                        import dev.tiersync.plugin.api.Attributes;

                        public final class Watched implements AccountEnricher {
                            @Override
                            public Attributes enrich(AccountView account) {
                                return Attributes.builder().flag("%s.watched", true).build();
                            }
                        }
                        """.formatted(pkg, id))
                .source(pkg + ".Watching", """
                        package %s;

                        import dev.tiersync.plugin.api.AccountView;
                        import dev.tiersync.plugin.api.ChurnSignal;
                        import dev.tiersync.plugin.api.Finding;
                        import java.util.Optional;

                        public final class Watching implements ChurnSignal {
                            @Override
                            public Optional<Finding> evaluate(AccountView customer) {
                                if (customer.id().equals("%s")) {
                                    throw new IllegalStateException("the intent service answered 503");
                                }
                                return Optional.of(Finding.of("watching", 1, "watched by %s"));
                            }
                        }
                        """.formatted(pkg, failOn, id));
    }

    /** A segment condition named {@code conditionName}, met by accounts in the configured {@code industry}. */
    public static PluginJarBuilder industryCondition(String id, String conditionName) {
        String pkg = "com.example." + id.replace('-', '_');
        return PluginJarBuilder.aPlugin(id)
                .contribution("segment-condition", conditionName, pkg + ".InIndustry", """
                        industry:
                          required: true
                          description: the canonical industry
                        """)
                .source(pkg + ".InIndustry", """
                        package %s;

                        import dev.tiersync.plugin.api.AccountView;
                        import dev.tiersync.plugin.api.PluginContext;
                        import dev.tiersync.plugin.api.SegmentCondition;
                        import dev.tiersync.plugin.api.Verdict;

                        public final class InIndustry implements SegmentCondition {
                            private final String industry;

                            public InIndustry(PluginContext context) {
                                this.industry = context.configuration().require("industry");
                            }

                            @Override
                            public Verdict evaluate(AccountView account) {
                                return account.firmographics().industry().equals(industry)
                                        ? Verdict.met("in " + industry) : Verdict.notMet();
                            }
                        }
                        """.formatted(pkg));
    }
}

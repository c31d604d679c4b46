package dev.tiersync.domain.engine;

import dev.tiersync.domain.Opportunity;
import dev.tiersync.domain.behaviour.BehaviourFindings;
import dev.tiersync.domain.behaviour.BehaviourMetrics;
import dev.tiersync.domain.behaviour.DecisionChain;
import dev.tiersync.domain.behaviour.DecisionChainRule;
import dev.tiersync.domain.behaviour.EngagementRule;
import dev.tiersync.domain.signals.PluginSignals;
import dev.tiersync.domain.behaviour.Relationship;
import dev.tiersync.domain.AccountHistory;
import dev.tiersync.domain.profile.AccountProfile;
import dev.tiersync.domain.profile.Enrichment;
import dev.tiersync.domain.firmographics.IndustryNormalizer;
import dev.tiersync.domain.firmographics.Region;
import dev.tiersync.domain.firmographics.RegionResolver;
import dev.tiersync.domain.metrics.MetricsCalculator;
import dev.tiersync.domain.segments.SegmentChoice;
import dev.tiersync.domain.segments.SegmentRules;
import dev.tiersync.domain.signals.SignalAssessor;
import dev.tiersync.domain.signals.Signals;
import dev.tiersync.domain.signals.SpendNorms;
import dev.tiersync.domain.tiering.ScoredAccount;
import dev.tiersync.domain.tiering.TierAssigner;
import dev.tiersync.domain.tiering.TierDecision;
import dev.tiersync.domain.value.PercentileRank;
import dev.tiersync.domain.value.QualityScore;
import dev.tiersync.domain.fit.EnrichmentAttributes;
import dev.tiersync.domain.fit.OrgFieldAttributes;
import dev.tiersync.domain.fit.FitAccount;
import dev.tiersync.domain.fit.FitEnrichment;
import dev.tiersync.domain.fit.FitLearner;
import dev.tiersync.domain.fit.FitOutcome;
import dev.tiersync.domain.fit.FitScore;
import dev.tiersync.domain.fit.Hierarchy;
import dev.tiersync.domain.fit.KeptFit;
import dev.tiersync.domain.tiering.TierBasis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The segmentation engine: firmographics, metrics, value score, tier, churn and upsell signals,
 * segment and reasons for every account, as of a date. Pure and deterministic: the same accounts
 * in any order give the same results. Its extension points ({@link Extensions}) come with each
 * assessment: enrichment first, then extra signals and the segment rules' named conditions.
 */
public final class Segmenter {

    private static final FitEnrichment ENRICHMENT_ATTRIBUTES = new EnrichmentAttributes();
    private static final FitEnrichment ORG_FIELD_ATTRIBUTES = new OrgFieldAttributes();

    /** Each pass but the last withdraws a contributor, and there are only so many. */
    private static final int MAX_PASSES = 100;

    private final SegmentationConfig config;
    private final IndustryNormalizer industries;
    private final RegionResolver regions = new RegionResolver();
    private final QualityScore quality;
    private final TierAssigner tiers;
    private final SignalAssessor signals;
    private final SegmentRules segments;
    private final EngagementRule engagement;
    private final DecisionChainRule decisionChain;
    private final FitLearner fitLearner;

    public Segmenter(SegmentationConfig config) {
        this(config, SignalAssessor.of(config.churn(), config.upsell(), config.behaviour().engagement(), PluginSignals.NONE));
    }

    public Segmenter(SegmentationConfig config, SignalAssessor signals) {
        this.config = config;
        this.industries = new IndustryNormalizer(config.industries());
        this.quality = new QualityScore(config.value(), config.behaviour().costToServe());
        this.tiers = new TierAssigner(config.tiers());
        this.signals = signals;
        this.segments = config.segments();
        this.engagement = new EngagementRule(config.behaviour().engagement());
        this.decisionChain = new DecisionChainRule(config.behaviour().decisionChain());
        this.fitLearner = new FitLearner(config.fit());
    }

    /** The rules this engine assesses with. */
    public SegmentationConfig config() {
        return config;
    }

    /**
     * The key of the rules the fit is learnt by: how accounts are profiled (industries, size bands, behaviour), valued
     * and tiered, and the fit's own settings. A fit kept from a run under another key is not used.
     */
    public String fitRulesKey() {
        return String.join("\n", config.industries().toString(), config.sizeBands().toString(), config.value().toString(),
                config.tiers().toString(), config.behaviour().toString(), config.fit().learningKey());
    }

    /** One result per account, in input order, with the core's rules alone. */
    public List<Segmentation> assess(Collection<AccountHistory> accounts, LocalDate asOf) {
        return assess(accounts, asOf, Extensions.NONE);
    }

    /**
     * One result per account, in input order. Accounts are profiled and judged in parallel; the result does
     * not depend on it. The extensions enrich the profiles before anything is judged on them; when one of
     * their contributors withdraws while accounts are judged, every account is judged again without it, so
     * all are judged alike.
     */
    public List<Segmentation> assess(Collection<AccountHistory> accounts, LocalDate asOf, Extensions extensions) {
        return assessment(accounts, asOf, extensions).results();
    }

    /** One result per account, in input order, with the fit learnt on the way; as {@link #assess(Collection, LocalDate, Extensions)}. */
    public Assessment assessment(Collection<AccountHistory> accounts, LocalDate asOf, Extensions extensions) {
        return assessment(accounts, asOf, extensions, Optional.empty());
    }

    /**
     * As {@link #assessment(Collection, LocalDate, Extensions)}, scoring the fit by a kept one when it was learnt by
     * these rules ({@link #fitRulesKey()}) instead of learning it again.
     */
    public Assessment assessment(Collection<AccountHistory> accounts, LocalDate asOf, Extensions extensions, Optional<KeptFit> kept) {
        Optional<FitOutcome> fit = kept.filter(k -> k.learntBy(fitRulesKey())).map(k -> k.outcome(config.fit()));
        // a random-access list is read in place, not copied: the sync's makes each history as it is read, so the
        // relationships of all accounts are never held at once (each is read once, into the account's profile)
        List<AccountHistory> input = accounts instanceof List<AccountHistory> list && list instanceof RandomAccess
                ? list : List.copyOf(accounts);
        Map<String, String> industryCache = new ConcurrentHashMap<>();
        Map<String, Region> regionCache = new ConcurrentHashMap<>();
        AccountProfile[] profileArray = new AccountProfile[input.size()];
        IntStream.range(0, input.size()).parallel()
                .forEach(i -> profileArray[i] = profile(input.get(i), asOf, industryCache, regionCache));
        List<AccountProfile> bare = Arrays.asList(profileArray);
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            List<AccountProfile> profiles = enriched(bare, extensions);
            int withdrawals = extensions.withdrawals();
            Assessment results = judge(profiles, asOf, extensions, fit);
            if (extensions.withdrawals() == withdrawals) {
                return results;
            }
        }
        throw new IllegalStateException("the extensions kept withdrawing contributors through " + MAX_PASSES + " passes");
    }

    /** Scores, tiers, fit, signals, segments and reasons of profiled accounts: one pass of an assessment. */
    private Assessment judge(List<AccountProfile> profiles, LocalDate asOf, Extensions extensions, Optional<FitOutcome> kept) {
        double[] qualities = profiles.parallelStream().mapToDouble(quality::of).toArray();
        PercentileRank rank = PercentileRank.of(IntStream.range(0, qualities.length)
                .filter(i -> profiles.get(i).metrics().isCustomer()).mapToDouble(i -> qualities[i]).toArray());
        ScoredAccount[] scoredArray = new ScoredAccount[profiles.size()];
        IntStream.range(0, scoredArray.length).parallel().forEach(i -> {
            AccountProfile profile = profiles.get(i);
            double valueScore = profile.metrics().isCustomer() ? Math.round(rank.of(qualities[i]) * 10) / 10.0 : 0;
            scoredArray[i] = new ScoredAccount(profile, qualities[i], valueScore);
        });
        List<ScoredAccount> scored = Arrays.asList(scoredArray);
        TierDecision[] decisions = tiers.assign(scored);
        List<FitAccount> views = fitViews(profiles, qualities, decisions, asOf, extensions);
        FitOutcome fit = kept.orElseGet(() -> fitLearner.learn(views));
        List<FitScore> fits = fit.scoreAll(views);
        SpendNorms norms = SpendNorms.of(profiles);
        SignalAssessor assessor = signals.with(extensions.signals());
        Segmentation[] results = new Segmentation[scored.size()];
        IntStream.range(0, scored.size()).parallel().forEach(i -> {
            ScoredAccount account = scored.get(i);
            results[i] = result(account, decisions[i], fits.get(i), fit.model().isPresent(), norms, assessor, extensions);
        });
        return new Assessment(Arrays.asList(results), fit, views);
    }

    /** Every account as the fit sees it: its traits, what enrichers found, and its standing (prospect, new, or customer with its quality). */
    private List<FitAccount> fitViews(List<AccountProfile> profiles, double[] qualities, TierDecision[] decisions, LocalDate asOf,
                                      Extensions extensions) {
        Set<String> parents = Hierarchy.parentIdsOf(profiles.stream().map(AccountProfile::account).toList());
        List<FitEnrichment> enrichments = new ArrayList<>(List.of(ENRICHMENT_ATTRIBUTES, ORG_FIELD_ATTRIBUTES,
                new DecisionChainFitAttribute(decisionChain)));
        enrichments.addAll(extensions.fitEnrichments());
        FitAccount[] views = new FitAccount[profiles.size()];
        IntStream.range(0, views.length).parallel().forEach(i -> {
            AccountProfile p = profiles.get(i);
            FitAccount.Builder view = FitAccount.of(p.account(), asOf).firmographics(p.industry(), p.sizeBand(), p.region())
                    .hasSubsidiaries(parents.contains(p.accountId()));
            switch (decisions[i].basis()) {
                case PROSPECT -> view.prospect();
                case NEW -> view.newCustomer();
                case RANKED, OUTLIER -> view.customer(qualities[i]);
            }
            for (FitEnrichment enrichment : enrichments) {
                enrichment.enrich(p, view);
            }
            views[i] = view.build();
        });
        return Arrays.asList(views);
    }

    private static List<AccountProfile> enriched(List<AccountProfile> profiles, Extensions extensions) {
        if (extensions == Extensions.NONE) {
            return profiles;
        }
        List<Enrichment> found = extensions.enrich(profiles);
        if (found.size() != profiles.size()) {
            throw new IllegalStateException("the extensions enriched " + found.size() + " of " + profiles.size() + " accounts");
        }
        AccountProfile[] enriched = new AccountProfile[profiles.size()];
        for (int i = 0; i < enriched.length; i++) {
            Enrichment enrichment = found.get(i);
            enriched[i] = enrichment.isEmpty() ? profiles.get(i) : profiles.get(i).withEnrichment(enrichment);
        }
        return Arrays.asList(enriched);
    }

    private AccountProfile profile(AccountHistory history, LocalDate asOf, Map<String, String> industryCache,
                                   Map<String, Region> regionCache) {
        var account = history.account();
        String industry = account.industry() == null ? industries.normalize(null)
                : industryCache.computeIfAbsent(account.industry(), industries::normalize);
        Region region = account.billingCountry() == null ? Region.UNKNOWN
                : regionCache.computeIfAbsent(account.billingCountry(), regions::regionOf);
        Relationship relationship = history.relationship();
        BehaviourMetrics behaviour = relationship == Relationship.UNKNOWN ? null : BehaviourMetrics.of(relationship,
                history.opportunities().stream().filter(o -> o.wonBefore(asOf)).map(Opportunity::id).toList(), asOf);
        return new AccountProfile(account, industry,
                config.sizeBands().bandOf(account.numberOfEmployees(), account.annualRevenue()), region,
                MetricsCalculator.of(history.opportunities(), asOf), Enrichment.NONE, behaviour);
    }

    private Segmentation result(ScoredAccount account, TierDecision tier, FitScore fit, boolean hasFit, SpendNorms norms,
                                SignalAssessor assessor, Extensions extensions) {
        AccountProfile p = account.profile();
        Signals found = assessor.assess(p, norms);
        BehaviourFindings behaviour = new BehaviourFindings(engagement.levelOf(p.behaviour()).orElse(null),
                decisionChain.chainOf(p.behaviour()).orElse(null));
        SegmentChoice segment = segments.choose(tier.tier(), p.sizeBand(), p.region(), p.industry(), found.churnRisk(),
                found.upsellCandidate(), fit.tier(), behaviour, p.account().orgFields(), condition -> extensions.reasonIfMet(condition, p));
        // a prospect's reasons say how it fits, once there is a fit to say it by
        Optional<String> fitReason = hasFit && tier.basis() == TierBasis.PROSPECT ? Optional.of(fit.reason()) : Optional.empty();
        Double fitScore = fit.score().isPresent() ? fit.score().getAsDouble() : null;
        return new Segmentation(p.accountId(), tier.tier(), tier.basis(), segment.segment(), p.industry(), p.sizeBand(), p.region(),
                account.valueScore(), found.churnRisk(), found.upsellCandidate(),
                ReasonWriter.write(p, tier, account.valueScore(), found, segment, fitReason, behaviourReasons(behaviour, p)),
                p.metrics(), fit.tier(), fitScore, behaviour);
    }

    /** What the reasons say of engagement and the decision chain: only what the org records. */
    private String behaviourReasons(BehaviourFindings behaviour, AccountProfile p) {
        List<String> parts = new java.util.ArrayList<>(2);
        if (behaviour.engagement() != null) {
            parts.add(engagement.describe(behaviour.engagement(), p.behaviour()));
        }
        if (behaviour.decisionChain() != null && behaviour.decisionChain() != DecisionChain.UNKNOWN) {
            parts.add(decisionChain.describe(behaviour.decisionChain(), p.behaviour()));
        }
        return String.join("; ", parts);
    }
}

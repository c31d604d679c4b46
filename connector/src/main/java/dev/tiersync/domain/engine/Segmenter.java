package dev.tiersync.domain.engine;

import dev.tiersync.domain.AccountHistory;
import dev.tiersync.domain.firmographics.IndustryNormalizer;
import dev.tiersync.domain.firmographics.RegionResolver;
import dev.tiersync.domain.metrics.MetricsCalculator;
import dev.tiersync.domain.segments.SegmentRules;
import dev.tiersync.domain.signals.SignalAssessor;
import dev.tiersync.domain.signals.Signals;
import dev.tiersync.domain.signals.SpendNorms;
import dev.tiersync.domain.tiering.ScoredAccount;
import dev.tiersync.domain.tiering.TierAssigner;
import dev.tiersync.domain.tiering.TierDecision;
import dev.tiersync.domain.value.PercentileRank;
import dev.tiersync.domain.value.QualityScore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The segmentation engine: firmographics, metrics, value score, tier, churn and upsell signals,
 * segment and reasons for every account, as of a date. Pure and deterministic: the same accounts
 * in any order give the same results.
 */
public final class Segmenter {

    private final SegmentationConfig config;
    private final IndustryNormalizer industries;
    private final RegionResolver regions = new RegionResolver();
    private final QualityScore quality;
    private final TierAssigner tiers;
    private final SignalAssessor signals;
    private final SegmentRules segments;

    public Segmenter(SegmentationConfig config) {
        this(config, SignalAssessor.of(config.churn(), config.upsell()));
    }

    public Segmenter(SegmentationConfig config, SignalAssessor signals) {
        this.config = config;
        this.industries = new IndustryNormalizer(config.industries());
        this.quality = new QualityScore(config.value());
        this.tiers = new TierAssigner(config.tiers());
        this.signals = signals;
        this.segments = config.segments();
    }

    /** One result per account, in input order. */
    public List<Segmentation> assess(Collection<AccountHistory> accounts, LocalDate asOf) {
        List<AccountProfile> profiles = new ArrayList<>(accounts.size());
        for (AccountHistory history : accounts) {
            profiles.add(profile(history, asOf));
        }
        double[] qualities = profiles.stream().mapToDouble(quality::of).toArray();
        PercentileRank rank = PercentileRank.of(java.util.stream.IntStream.range(0, qualities.length)
                .filter(i -> profiles.get(i).metrics().isCustomer()).mapToDouble(i -> qualities[i]).toArray());
        List<ScoredAccount> scored = new ArrayList<>(profiles.size());
        for (int i = 0; i < profiles.size(); i++) {
            AccountProfile profile = profiles.get(i);
            double valueScore = profile.metrics().isCustomer() ? Math.round(rank.of(qualities[i]) * 10) / 10.0 : 0;
            scored.add(new ScoredAccount(profile, qualities[i], valueScore));
        }
        Map<String, TierDecision> decisions = tiers.assign(scored);
        SpendNorms norms = SpendNorms.of(profiles);
        List<Segmentation> results = new ArrayList<>(profiles.size());
        for (ScoredAccount account : scored) {
            results.add(result(account, decisions.get(account.accountId()), norms));
        }
        return results;
    }

    private AccountProfile profile(AccountHistory history, LocalDate asOf) {
        var account = history.account();
        return new AccountProfile(account, industries.normalize(account.industry()),
                config.sizeBands().bandOf(account.numberOfEmployees(), account.annualRevenue()),
                regions.regionOf(account.billingCountry()),
                MetricsCalculator.of(history.opportunities(), asOf));
    }

    private Segmentation result(ScoredAccount account, TierDecision tier, SpendNorms norms) {
        AccountProfile p = account.profile();
        Signals found = signals.assess(p, norms);
        String segment = segments.segmentOf(tier.tier(), p.sizeBand(), p.region(), p.industry(), found.churnRisk(),
                found.upsellCandidate());
        return new Segmentation(p.accountId(), tier.tier(), tier.basis(), segment, p.industry(), p.sizeBand(), p.region(),
                account.valueScore(), found.churnRisk(), found.upsellCandidate(),
                ReasonWriter.write(p, tier, account.valueScore(), found), p.metrics());
    }
}

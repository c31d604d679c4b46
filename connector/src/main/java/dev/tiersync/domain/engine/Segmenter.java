package dev.tiersync.domain.engine;

import dev.tiersync.domain.profile.AccountProfile;
import dev.tiersync.domain.AccountHistory;
import dev.tiersync.domain.firmographics.IndustryNormalizer;
import dev.tiersync.domain.firmographics.Region;
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
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

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

    /** One result per account, in input order. Accounts are profiled and judged in parallel; the result does not depend on it. */
    public List<Segmentation> assess(Collection<AccountHistory> accounts, LocalDate asOf) {
        List<AccountHistory> input = List.copyOf(accounts);
        Map<String, String> industryCache = new ConcurrentHashMap<>();
        Map<String, Region> regionCache = new ConcurrentHashMap<>();
        AccountProfile[] profileArray = new AccountProfile[input.size()];
        IntStream.range(0, input.size()).parallel()
                .forEach(i -> profileArray[i] = profile(input.get(i), asOf, industryCache, regionCache));
        List<AccountProfile> profiles = Arrays.asList(profileArray);
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
        SpendNorms norms = SpendNorms.of(profiles);
        Segmentation[] results = new Segmentation[scored.size()];
        IntStream.range(0, scored.size()).parallel().forEach(i -> {
            ScoredAccount account = scored.get(i);
            results[i] = result(account, decisions[i], norms);
        });
        return Arrays.asList(results);
    }

    private AccountProfile profile(AccountHistory history, LocalDate asOf, Map<String, String> industryCache,
                                   Map<String, Region> regionCache) {
        var account = history.account();
        String industry = account.industry() == null ? industries.normalize(null)
                : industryCache.computeIfAbsent(account.industry(), industries::normalize);
        Region region = account.billingCountry() == null ? Region.UNKNOWN
                : regionCache.computeIfAbsent(account.billingCountry(), regions::regionOf);
        return new AccountProfile(account, industry,
                config.sizeBands().bandOf(account.numberOfEmployees(), account.annualRevenue()), region,
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

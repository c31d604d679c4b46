package dev.tiersync.testdata;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.AccountHistory;
import dev.tiersync.domain.profile.AccountProfile;
import dev.tiersync.domain.engine.Segmentation;
import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.engine.Segmenter;
import dev.tiersync.domain.fit.FitAccount;
import dev.tiersync.domain.fit.FitEnrichment;
import dev.tiersync.domain.fit.Hierarchy;
import dev.tiersync.domain.fit.LaterBuying;
import dev.tiersync.domain.value.QualityScore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fit views of accounts from what the segmentation engine computes, as the engine will build them:
 * the account's fields, the engine's canonical industry, size band and region, the tier basis
 * (prospect, new, or established with its quality score, lapsed ones included), and any enrichment.
 */
public final class FitViews {

    private FitViews() {
    }

    public static List<FitAccount> of(List<AccountHistory> histories, LocalDate asOf, SegmentationConfig config,
                                      FitEnrichment... enrichments) {
        List<Segmentation> results = new Segmenter(config).assess(histories, asOf);
        QualityScore quality = new QualityScore(config.value());
        Set<String> parents = Hierarchy.parentIdsOf(histories.stream().map(AccountHistory::account).toList());
        List<FitAccount> views = new ArrayList<>(histories.size());
        for (int i = 0; i < histories.size(); i++) {
            Account account = histories.get(i).account();
            Segmentation s = results.get(i);
            FitAccount.Builder view = FitAccount.of(account, asOf).firmographics(s.industry(), s.sizeBand(), s.region())
                    .hasSubsidiaries(parents.contains(account.id()));
            switch (s.tierBasis()) {
                case PROSPECT -> view.prospect();
                case NEW -> view.newCustomer();
                case RANKED, OUTLIER, LAPSED -> view.customer(quality.of(new AccountProfile(account, s.industry(), s.sizeBand(), s.region(),
                        s.metrics())));
            }
            for (FitEnrichment enrichment : enrichments) {
                enrichment.enrich(account, view);
            }
            views.add(view.build());
        }
        return views;
    }

    /** What each account bought in [from, to), for a backtest. */
    public static Map<String, LaterBuying> boughtBetween(List<AccountHistory> histories, LocalDate from, LocalDate to) {
        Map<String, LaterBuying> since = new HashMap<>();
        for (AccountHistory history : histories) {
            int deals = (int) history.opportunities().stream().filter(o -> o.wonBetween(from, to)).count();
            since.put(history.accountId(), new LaterBuying(deals, history.wonRevenueBetween(from, to)));
        }
        return since;
    }
}

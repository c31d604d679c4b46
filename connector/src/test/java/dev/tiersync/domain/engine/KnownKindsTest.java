package dev.tiersync.domain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.Tier;
import dev.tiersync.domain.signals.ChurnRisk;
import dev.tiersync.emulator.AccountKind;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.testdata.OrgHistories;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Churn and upsell scored against the generator's known account kinds: each must reach a precision
 * and a recall of at least 0.9.
 */
class KnownKindsTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final Set<AccountKind> CHURNING = EnumSet.of(AccountKind.STOPPED, AccountKind.SHRINKING);
    private static final Set<AccountKind> UPSELL = EnumSet.of(AccountKind.EXPANDING, AccountKind.UNDERPENETRATED);

    private static OrgData data;
    private static List<Segmentation> results;

    @BeforeAll
    static void assess() {
        data = OrgData.generate(5_000, 77, AS_OF);
        results = new Segmenter(SegmentationConfig.defaults()).assess(OrgHistories.of(data).histories(), AS_OF);
    }

    @Test
    void churnRiskFindsTheBuyersWhoStoppedOrShrank() {
        Score score = score(r -> r.churnRisk() == ChurnRisk.MEDIUM || r.churnRisk() == ChurnRisk.HIGH, CHURNING);

        System.out.printf("churn (Medium or High vs STOPPED/SHRINKING): precision %.3f recall %.3f (tp %d fp %d fn %d)%n",
                score.precision(), score.recall(), score.tp, score.fp, score.fn);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.9);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void upsellFindsTheExpandingAndTheUnderpenetrated() {
        Score score = score(Segmentation::upsellCandidate, UPSELL);

        System.out.printf("upsell (flag vs EXPANDING/UNDERPENETRATED): precision %.3f recall %.3f (tp %d fp %d fn %d)%n",
                score.precision(), score.recall(), score.tp, score.fp, score.fn);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.9);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void newCustomersAndProspectsGetTheirOwnTiers() {
        for (Segmentation r : results) {
            AccountKind kind = data.kindOf(r.accountId()).orElseThrow();
            if (kind == AccountKind.NEW) {
                assertThat(r.tier()).as(r.accountId()).isEqualTo(Tier.NEW);
            }
            if (kind == AccountKind.PROSPECT) {
                assertThat(r.tier()).as(r.accountId()).isEqualTo(Tier.PROSPECT);
            }
            if (kind == AccountKind.OUTLIER) {
                assertThat(r.tier()).as(r.accountId()).isEqualTo(Tier.A);
            }
        }
    }

    private static Score score(Predicate<Segmentation> flagged, Set<AccountKind> truth) {
        Score score = new Score();
        for (Segmentation r : results) {
            boolean actual = truth.contains(data.kindOf(r.accountId()).orElseThrow());
            boolean predicted = flagged.test(r);
            if (predicted && actual) {
                score.tp++;
            } else if (predicted) {
                score.fp++;
            } else if (actual) {
                score.fn++;
            }
        }
        return score;
    }

    private static final class Score {
        int tp;
        int fp;
        int fn;

        double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }
    }
}

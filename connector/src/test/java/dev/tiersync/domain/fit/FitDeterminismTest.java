package dev.tiersync.domain.fit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.testdata.FitViews;
import dev.tiersync.testdata.PlantedOrg;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same data gives the same fit, so a second sync on unchanged data writes nothing. */
class FitDeterminismTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static List<FitAccount> views;

    @BeforeAll
    static void generate() {
        PlantedOrg org = PlantedOrg.generate(1_500, AS_OF, 1.0, 31);
        views = FitViews.of(org.histories(), AS_OF, SegmentationConfig.defaults(), org.enrichment());
    }

    @Test
    void learningTwiceOnTheSameAccountsGivesTheSameScoresReasonsAndReport() {
        FitOutcome first = new FitLearner(FitConfig.defaults()).learn(views);
        FitOutcome second = new FitLearner(FitConfig.defaults()).learn(views);

        assertThat(first.model()).isPresent();
        assertThat(second.scoreAll(views)).isEqualTo(first.scoreAll(views));
        assertThat(second.report().lines()).isEqualTo(first.report().lines());
    }

    @Test
    void theOrderTheAccountsArriveInChangesNothing() {
        List<FitAccount> shuffled = new ArrayList<>(views);
        Collections.shuffle(shuffled, new Random(4));

        FitOutcome inOrder = new FitLearner(FitConfig.defaults()).learn(views);
        FitOutcome outOfOrder = new FitLearner(FitConfig.defaults()).learn(shuffled);

        Comparator<FitScore> byId = Comparator.comparing(FitScore::accountId);
        List<FitScore> a = new ArrayList<>(inOrder.scoreAll(views));
        List<FitScore> b = new ArrayList<>(outOfOrder.scoreAll(shuffled));
        a.sort(byId);
        b.sort(byId);
        assertThat(b).isEqualTo(a);
        assertThat(outOfOrder.report().lines()).isEqualTo(inOrder.report().lines());
    }

    @Test
    void aSampledLearningRunIsAsRepeatableAsAFullOne() {
        FitConfig sampled = FitConfig.builder().trainingSample(400).build();

        FitOutcome first = new FitLearner(sampled).learn(views);
        FitOutcome second = new FitLearner(sampled).learn(views);

        assertThat(first.report().population().sampled()).isTrue();
        assertThat(first.report().population().learntFrom()).isEqualTo(400);
        assertThat(first.report().notes()).anyMatch(n -> n.startsWith("learnt from a sample of 400 of the"));
        assertThat(second.scoreAll(views)).isEqualTo(first.scoreAll(views));
    }
}

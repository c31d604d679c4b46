package dev.tiersync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.salesforce.IdRange;
import dev.tiersync.salesforce.PageSink;
import dev.tiersync.salesforce.Pulled;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PullPositionsTest {

    private static final String ORG = "00D000000000001";

    @Test
    void aPositionCountsOnlyThePagesAtOrBeforeItWhenALaterChunksPageCameFirst() {
        InMemorySnapshotStore store = new InMemorySnapshotStore();
        PullProgress pull = new PullProgress(1, true, null, Instant.EPOCH, Instant.EPOCH, "first run", List.of(), Map.of());
        store.beginPull(ORG, pull);
        PullPositions.Tally tally = new PullPositions.Tally();
        try (PageWriter writer = new PageWriter(ORG, 2)) {
            PageSink<String> sink = new PullPositions(store, ORG, pull).sink("Opportunity", true, IdRange.ALL, tally, writer,
                    page -> { });
            sink.accept(List.of(pulled("006000000000301AAA"), pulled("006000000000302AAA"), pulled("006000000000303AAA")));
            sink.accept(List.of(pulled("006000000000001AAA"), pulled("006000000000002AAA")));
            sink.deliveredThrough("006000000000002AAA");
            writer.finish();
        }

        PullProgress.Position position = store.pullInProgress(ORG).orElseThrow().objects().get("Opportunity");
        assertThat(tally.records()).as("pulled this run").isEqualTo(5);
        assertThat(position.afterId()).isEqualTo("006000000000002AAA");
        assertThat(position.records()).as("the records up to the position; the later chunk's page is pulled again").isEqualTo(2);
    }

    private static Pulled<String> pulled(String id) {
        return new Pulled<>(id, id, Instant.EPOCH, false);
    }
}

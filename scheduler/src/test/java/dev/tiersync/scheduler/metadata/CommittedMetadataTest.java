package dev.tiersync.scheduler.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.engine.SegmentationConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The committed salesforce-metadata project is exactly what the generator writes for the default rules. */
class CommittedMetadataTest {

    private static final Path PROJECT = Path.of("..", "salesforce-metadata");
    /** Lightning web components are written by hand, not generated from the rules. */
    private static final String HAND_WRITTEN = MetadataProject.DEFAULT + "lwc/";

    @Test
    void everyGeneratedFileIsCommittedUnchanged() throws IOException {
        Map<String, String> generated = MetadataProject.of(SegmentationConfig.defaults()).files();

        for (Map.Entry<String, String> file : generated.entrySet()) {
            Path committed = PROJECT.resolve(file.getKey());
            assertThat(committed).as("run ./tiersync metadata --out salesforce-metadata to regenerate").exists();
            assertThat(Files.readString(committed)).as(file.getKey()).isEqualTo(file.getValue());
        }
    }

    @Test
    void theCommittedProjectHoldsNoStaleMetadata() throws IOException {
        Set<String> generated = MetadataProject.of(SegmentationConfig.defaults()).files().keySet();
        try (Stream<Path> files = Files.walk(PROJECT.resolve("force-app"))) {
            Set<String> committed = files.filter(Files::isRegularFile)
                    .map(p -> PROJECT.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.startsWith(HAND_WRITTEN))
                    .collect(Collectors.toSet());

            assertThat(committed).containsExactlyInAnyOrderElementsOf(
                    generated.stream().filter(name -> name.startsWith("force-app/")).toList());
        }
    }
}

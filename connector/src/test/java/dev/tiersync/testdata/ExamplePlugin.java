package dev.tiersync.testdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The example plugin's jar as the reactor built it (examples/technographics-plugin), copied to the module's
 * target/test-plugins by its build.
 */
public final class ExamplePlugin {

    public static final Path JAR = Path.of("target/test-plugins/technographics-plugin.jar");

    private ExamplePlugin() {
    }

    public static Path copyInto(Path plugins) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: build through the reactor (mvn verify -pl connector -am), "
                    + "which copies the example plugin there");
        }
        return Files.copy(JAR, plugins.resolve("technographics-plugin.jar"), StandardCopyOption.REPLACE_EXISTING);
    }
}

package dev.tiersync.plugins.internal;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Closes what the host opened; a close that fails is logged, for there is nothing else to do about it. */
final class Closing {

    private static final Logger log = LoggerFactory.getLogger(Closing.class);

    private Closing() {
    }

    static void quietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            log.warn("could not close {}: {}", closeable, e.toString());
        } catch (Exception e) {
            log.warn("could not close {}: {}", closeable, ContributionClasses.describe(e));
        }
    }
}

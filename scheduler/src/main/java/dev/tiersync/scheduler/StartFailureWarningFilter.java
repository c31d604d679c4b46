package dev.tiersync.scheduler;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Drops the one warning Spring's application context logs when its start fails ("Exception encountered during
 * context initialization - cancelling refresh attempt: " and the chain of exceptions as one long line). SpringApplication
 * reports that same failure right after: a setting to fix as TierSync's one line naming the key
 * ({@link dev.tiersync.scheduler.config.ConfigurationProblems}), anything else with Spring's analysis or the stack trace.
 * Every other message of the context, such as a failure while it closes, is kept. Installed by logback.xml.
 */
public final class StartFailureWarningFilter extends TurboFilter {

    static final String REFRESH_CANCELLED = "Exception encountered during context initialization";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        return Level.WARN.equals(level) && format != null && format.startsWith(REFRESH_CANCELLED)
                && logger.getName().startsWith("org.springframework.") ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}

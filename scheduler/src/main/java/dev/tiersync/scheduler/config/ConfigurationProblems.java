package dev.tiersync.scheduler.config;

import java.util.Optional;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * {@code serve}'s configuration errors as one message naming the key and what to fix, instead of the chain
 * of bean-creation exceptions around it: a value Spring could not bind ({@link BindProblems}), or a setting a
 * settings record or check refused (their messages name the key: {@code tiersync...}).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class ConfigurationProblems extends AbstractFailureAnalyzer<RuntimeException> {

    /** The one-line reason a start-up failed on configuration, if that is why. */
    public static Optional<String> describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BindException bind && bind.getName().toString().startsWith("tiersync")) {
                return Optional.of(BindProblems.describe(bind));
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof dev.tiersync.sync.SnapshotUnavailableException unavailable) {
                return Optional.of(unavailable.getMessage());
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException && t.getMessage() != null && t.getMessage().contains("tiersync")) {
                return Optional.of(t.getMessage());
            }
        }
        return Optional.empty();
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RuntimeException cause) {
        return describe(rootFailure).map(message -> new FailureAnalysis(message,
                "Fix the setting named above (on the command line, in application.properties or in the environment) and "
                        + "start again.", cause)).orElse(null);
    }
}

package dev.tiersync.scheduler.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The admin login's defence against guessing, under {@code tiersync.security.login-throttle.*}: after
 * {@code max-failures} failed logins as one user name within {@code lockout}, that name is refused for {@code lockout},
 * even with the right password; after {@code max-failures-per-address} from one address (higher: several people may
 * share an address, such as a proxy's), so is that address.
 */
@ConfigurationProperties("tiersync.security.login-throttle")
public record LoginThrottleProperties(@DefaultValue("5") int maxFailures, @DefaultValue("20") int maxFailuresPerAddress,
                                      @DefaultValue("PT15M") Duration lockout) {

    public LoginThrottleProperties {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("tiersync.security.login-throttle.max-failures must be 1 or more, was "
                    + maxFailures);
        }
        if (maxFailuresPerAddress < 1) {
            throw new IllegalArgumentException("tiersync.security.login-throttle.max-failures-per-address must be 1 or "
                    + "more, was " + maxFailuresPerAddress);
        }
        if (lockout == null || lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("tiersync.security.login-throttle.lockout must be a positive duration, "
                    + "such as PT15M");
        }
    }
}

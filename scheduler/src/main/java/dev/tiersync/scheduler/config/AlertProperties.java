package dev.tiersync.scheduler.config;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Alerts, under {@code tiersync.alerts.*}: a Slack-compatible webhook told when an org's status
 * changes (success to failed or deferred, and back). Unset, no alerts are sent.
 *
 * @param webhookUrl the incoming-webhook URL (https, or http for a local relay)
 * @param timeout how long to wait for the webhook to answer
 */
@ConfigurationProperties("tiersync.alerts")
public record AlertProperties(URI webhookUrl, @DefaultValue("PT5S") Duration timeout) {

    public AlertProperties {
        if (webhookUrl != null && !("https".equals(webhookUrl.getScheme()) || "http".equals(webhookUrl.getScheme()))) {
            throw new IllegalArgumentException("tiersync.alerts.webhook-url must be an http(s) URL, was " + webhookUrl.getScheme()
                    + "://…");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("tiersync.alerts.timeout must be positive, was " + timeout);
        }
    }

    @Override
    public String toString() {
        // Webhook URLs carry their secret in the path.
        return "AlertProperties[webhookUrl=" + (webhookUrl == null ? "none" : webhookUrl.getScheme() + "://" + webhookUrl.getHost()
                + "/******") + ", timeout=" + timeout + "]";
    }
}

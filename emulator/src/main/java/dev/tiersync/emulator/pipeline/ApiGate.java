package dev.tiersync.emulator.pipeline;

import dev.tiersync.emulator.org.OrgContext;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every API call but login passes: a valid session, then one request counted against the
 * daily limit. Shared by the SOAP and Bulk endpoints, as Salesforce counts both.
 */
public final class ApiGate {

    /** Why a call was refused. */
    public enum Refusal { INVALID_SESSION, LIMIT_EXCEEDED }

    /** A refused call. */
    public static final class Refused extends RuntimeException {
        private final Refusal reason;

        Refused(Refusal reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }

        public Refusal reason() {
            return reason;
        }
    }

    /** API requests used today and the limit in force. */
    public record Usage(int current, int limit) {
    }

    private final AtomicInteger used = new AtomicInteger();

    /** @throws Refused when the session is not valid or the daily limit is reached */
    public Usage admit(String sessionId, OrgContext org) {
        if (!org.sessions().use(sessionId, org.clocks().now(), org.settings().sessionTimeout(),
                org.faults().plan().sessionExpiryAfterCalls())) {
            throw new Refused(Refusal.INVALID_SESSION, "Invalid Session ID found in SessionHeader: Illegal Session");
        }
        int current = used.incrementAndGet();
        int configured = org.settings().dailyApiLimit();
        int afterCalls = org.faults().plan().dailyLimitAfterCalls();
        if (current > dailyLimit(org)) {
            throw new Refused(Refusal.LIMIT_EXCEEDED, "TotalRequests Limit exceeded.");
        }
        // reaching the limit after N calls looks like other integrations having spent the rest of the day's calls
        int reported = afterCalls > 0 && afterCalls < configured ? current + configured - afterCalls : current;
        return new Usage(reported, configured);
    }

    /** The daily limit in force: the configured one, or sooner when a fault plan says so. */
    static int dailyLimit(OrgContext org) {
        int afterCalls = org.faults().plan().dailyLimitAfterCalls();
        int configured = org.settings().dailyApiLimit();
        return afterCalls > 0 ? Math.min(afterCalls, configured) : configured;
    }
}

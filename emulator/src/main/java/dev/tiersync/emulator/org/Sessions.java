package dev.tiersync.emulator.org;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The sessions the org has handed out; one ends at logout, after a time without calls, or after a number of calls. */
public final class Sessions {

    private final Map<String, Session> active = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    private record Session(Instant lastUsed, int calls) {
    }

    /** Opens a session and returns its id, which the SOAP API and the OAuth token endpoint both hand out. */
    public String open(Instant now) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String id = OrgContext.ORG_ID + "!AQ0AQ" + HexFormat.of().formatHex(bytes);
        active.put(id, new Session(now, 0));
        return id;
    }

    /**
     * Counts a call on the session, if it is still valid.
     *
     * @param expiryAfterCalls the session's last allowed call count, 0 for no such limit
     * @return false when the session is unknown, timed out or used up (it is then forgotten)
     */
    public boolean use(String sessionId, Instant now, Duration timeout, int expiryAfterCalls) {
        if (sessionId == null) {
            return false;
        }
        Session session = active.get(sessionId);
        if (session == null) {
            return false;
        }
        boolean timedOut = session.lastUsed().plus(timeout).isBefore(now);
        boolean usedUp = expiryAfterCalls > 0 && session.calls() >= expiryAfterCalls;
        if (timedOut || usedUp) {
            active.remove(sessionId);
            return false;
        }
        active.put(sessionId, new Session(now, session.calls() + 1));
        return true;
    }

    public void close(String sessionId) {
        if (sessionId != null) {
            active.remove(sessionId);
        }
    }
}

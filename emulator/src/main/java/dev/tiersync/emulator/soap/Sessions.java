package dev.tiersync.emulator.soap;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The session ids the org has handed out. */
public final class Sessions {

    private final Set<String> active = ConcurrentHashMap.newKeySet();
    private final SecureRandom random = new SecureRandom();

    String open() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String id = OrgContext.ORG_ID + "!AQ0AQ" + HexFormat.of().formatHex(bytes);
        active.add(id);
        return id;
    }

    boolean isActive(String sessionId) {
        return sessionId != null && active.contains(sessionId);
    }

    void close(String sessionId) {
        active.remove(sessionId);
    }
}

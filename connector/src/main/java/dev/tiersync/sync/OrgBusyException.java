package dev.tiersync.sync;

import java.time.Instant;

/** The org is being synced by another run (in this process, another one, or on another node): this run does not start. */
public final class OrgBusyException extends RuntimeException {

    public OrgBusyException(String orgName, String holder, Instant since) {
        super("org " + orgName + " is being synced by " + holder + " since " + since
                + "; this run did not start and changed nothing: run it again when that one has ended");
    }
}

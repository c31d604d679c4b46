package dev.tiersync.sync;

/** No sync has pulled the org yet, so there is no snapshot to look at. */
public final class NoSnapshotException extends RuntimeException {

    private final String org;

    public NoSnapshotException(String org) {
        super("no sync has pulled the org " + org + " yet: run one, then check lift");
        this.org = org;
    }

    public String org() {
        return org;
    }
}

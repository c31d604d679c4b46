package dev.tiersync.sync;

/** An org held for one run by {@link SnapshotStore#lock}; closing it gives the org up. */
@FunctionalInterface
public interface OrgLock extends AutoCloseable {

    @Override
    void close();

    /** This process, as a lock names its holder: {@code process PID on HOST}. */
    static String thisProcess() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "localhost";
        }
        return "process " + ProcessHandle.current().pid() + " on " + host;
    }
}

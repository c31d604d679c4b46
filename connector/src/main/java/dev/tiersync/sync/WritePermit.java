package dev.tiersync.sync;

/**
 * Asked before every write call of a run. A run that may no longer write (a node that lost its
 * lease on the org, say) is told so by {@link WriteNotPermittedException} and stops at once.
 */
@FunctionalInterface
public interface WritePermit {

    WritePermit ALWAYS = () -> { };

    /** @throws WriteNotPermittedException when the run must write nothing more */
    void check();
}

package dev.tiersync.emulator.faults;

import dev.tiersync.emulator.FaultPlan;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * Decides, call by call and record by record, which failures to inject. Draws from one seeded
 * stream, so the same calls in the same order meet the same failures. Thread-safe.
 */
public final class FaultInjector {

    /** What happens to a call before the org looks at it. */
    public enum Transport { NORMAL, UNAVAILABLE, RESET }

    private FaultPlan plan;
    private SplittableRandom random;

    public FaultInjector(FaultPlan plan) {
        replace(plan);
    }

    /** Starts a new plan, with its seed's stream from the beginning. */
    public synchronized void replace(FaultPlan newPlan) {
        this.plan = newPlan;
        this.random = new SplittableRandom(newPlan.seed());
    }

    public synchronized FaultPlan plan() {
        return plan;
    }

    public synchronized Transport transport() {
        if (plan.unavailableRate() > 0 && random.nextDouble() < plan.unavailableRate()) {
            return Transport.UNAVAILABLE;
        }
        if (plan.resetRate() > 0 && random.nextDouble() < plan.resetRate()) {
            return Transport.RESET;
        }
        return Transport.NORMAL;
    }

    /** How long to hold this answer back. */
    public synchronized Duration delay() {
        return plan.slowRate() > 0 && random.nextDouble() < plan.slowRate() ? plan.slowDelay() : Duration.ZERO;
    }

    public synchronized boolean lockFails() {
        return plan.lockFailureRate() > 0 && random.nextDouble() < plan.lockFailureRate();
    }

    public synchronized boolean validationFails(String recordId) {
        return plan.validationFailureIds().contains(recordId);
    }
}

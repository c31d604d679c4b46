package dev.tiersync.emulator.pipeline;

import dev.tiersync.emulator.CallLog;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts calls by operation. */
public final class CallCounter implements CallLog {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();

    public int record(String operation) {
        counts.computeIfAbsent(operation, o -> new AtomicInteger()).incrementAndGet();
        return total.incrementAndGet();
    }

    @Override
    public int count(String operation) {
        AtomicInteger count = counts.get(operation);
        return count == null ? 0 : count.get();
    }

    @Override
    public int total() {
        return total.get();
    }
}

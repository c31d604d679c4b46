package dev.tiersync.scheduler.schedule;

import dev.tiersync.sync.SyncReport;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.springframework.stereotype.Component;

/** The most recent sync reports, newest last. Kept in memory, bounded. */
@Component
public class RunHistory {

    static final int CAPACITY = 100;

    private final Deque<SyncReport> reports = new ArrayDeque<>();

    public synchronized void record(SyncReport report) {
        if (reports.size() == CAPACITY) {
            reports.removeFirst();
        }
        reports.addLast(report);
    }

    public synchronized List<SyncReport> recent() {
        return List.copyOf(reports);
    }
}

package dev.tiersync.emulator.audit;

import dev.tiersync.emulator.AuditEntry;
import dev.tiersync.emulator.store.ObjectSchema;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Every value written through the API: record, field, old and new value. Thread-safe. */
public final class WriteAudit {

    private final Clock clock;
    private final List<AuditEntry> entries = new ArrayList<>();

    public WriteAudit(Clock clock) {
        this.clock = clock;
    }

    /** Records the fields of an update whose values changed or were set. */
    public synchronized void recordUpdate(String type, String id, Map<String, String> before, Map<Integer, String> after,
                                          ObjectSchema object) {
        var at = clock.instant();
        after.forEach((position, value) -> {
            String field = object.at(position).name();
            entries.add(new AuditEntry(at, "update", type, id, field, before.get(field), value));
        });
    }

    public synchronized void record(AuditEntry entry) {
        entries.add(Objects.requireNonNull(entry));
    }

    public synchronized List<AuditEntry> entries() {
        return List.copyOf(entries);
    }
}

package dev.tiersync.emulator;

import java.time.Instant;

/**
 * One value written to the org through the API.
 *
 * @param operation {@code update}, {@code create} or {@code delete}
 * @param oldValue the value before; null when there was none
 * @param newValue the value after; null when cleared
 */
public record AuditEntry(Instant at, String operation, String type, String recordId, String field, String oldValue,
                         String newValue) {
}

package dev.tiersync.emulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A copy of one record as the org holds it: values as text, exactly as the API returns them, and
 * null for a field without a value.
 */
public record StoredRecord(String type, String id, Map<String, String> fields) {

    public StoredRecord {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The value of a field by its API name, case-insensitively as Salesforce does; null when blank. */
    public String get(String field) {
        String value = fields.get(field);
        if (value != null || fields.containsKey(field)) {
            return value;
        }
        for (Map.Entry<String, String> entry : fields.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(field)) {
                return entry.getValue();
            }
        }
        return null;
    }
}

package dev.tiersync.emulator.soap;

import java.util.List;

/** Why one record of a write was refused: a StatusCode the v65 client knows, a message, the fields. */
public record RecordError(String statusCode, String message, List<String> fields) {

    public static RecordError of(String statusCode, String message, String... fields) {
        return new RecordError(statusCode, message, List.of(fields));
    }
}

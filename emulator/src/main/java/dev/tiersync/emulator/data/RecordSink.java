package dev.tiersync.emulator.data;

import java.util.Map;

/** Takes records one at a time: the sObject type and the values by field API name. */
@FunctionalInterface
public interface RecordSink {

    void accept(String type, Map<String, String> values);
}

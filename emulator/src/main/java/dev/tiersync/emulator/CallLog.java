package dev.tiersync.emulator;

/** What clients called: SOAP operations by the local name of their body element, such as "update". */
public interface CallLog {

    int count(String operation);

    int total();
}

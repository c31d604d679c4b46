package dev.tiersync.emulator.soap;

import dev.tiersync.emulator.org.OrgContext;
import dev.tiersync.emulator.xml.SoapRequest;

/** One SOAP operation: answers a request with the inside of its response element. */
@FunctionalInterface
public interface SoapOperation {

    /**
     * @return the result elements, such as {@code <result>...</result>}
     * @throws SoapFault to answer with a fault
     */
    String handle(SoapRequest request, OrgContext org);

    /** Whether the call needs a valid session and counts against the daily limit; only login does not. */
    default boolean needsSession() {
        return true;
    }
}

package dev.tiersync.emulator.soap;

import dev.tiersync.emulator.org.OrgContext;
import dev.tiersync.emulator.store.ObjectSchema;
import dev.tiersync.emulator.xml.SoapRequest;
import dev.tiersync.emulator.xml.XmlNode;
import java.util.List;

/** {@code describeSObject} and {@code describeSObjects}: fields with their types, lengths and picklists. */
final class DescribeSObjectHandler implements SoapOperation {

    private final boolean several;

    DescribeSObjectHandler(boolean several) {
        this.several = several;
    }

    @Override
    public String handle(SoapRequest request, OrgContext org) {
        List<XmlNode> types = request.operation().all("sObjectType");
        if (types.isEmpty() || (!several && types.size() > 1)) {
            throw SoapFault.unexpected("INVALID_TYPE", "give " + (several ? "at least one" : "one") + " sObjectType");
        }
        StringBuilder out = new StringBuilder();
        for (XmlNode type : types) {
            String name = type.text().strip();
            ObjectSchema object = org.store().schema().object(name).orElseThrow(() -> new SoapFault("INVALID_TYPE",
                    "sObject type '" + name + "' is not supported.", "InvalidSObjectFault", new int[] {-1, -1}));
            out.append(Describes.sObject(object, org.baseUrl()));
        }
        return out.toString();
    }
}

package dev.tiersync.emulator.soap;

import dev.tiersync.emulator.org.OrgContext;
import dev.tiersync.emulator.xml.SoapRequest;
import dev.tiersync.emulator.xml.XmlNode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code update}: at most 200 records; one SaveResult per record in request order; partial success,
 * or all or none with the AllOrNoneHeader.
 */
final class UpdateHandler implements SoapOperation {

    static final int MAX_RECORDS = 200;

    @Override
    public String handle(SoapRequest request, OrgContext org) {
        List<XmlNode> records = request.operation().all("sObjects");
        if (records.size() > MAX_RECORDS) {
            throw SoapFault.unexpected("EXCEEDED_ID_LIMIT", "record limit reached. cannot submit more than 200 records into this call");
        }
        List<UpdatePlanner.Planned> plan = new ArrayList<>(records.size());
        for (XmlNode record : records) {
            plan.add(UpdatePlanner.plan(record.childText("Id"), record.childText("type"), RecordValues.inputs(record, false), org));
        }
        boolean rollBack = request.allOrNone() && plan.stream().anyMatch(p -> p.error() != null);
        StringBuilder out = new StringBuilder(records.size() * 96);
        for (UpdatePlanner.Planned planned : plan) {
            if (planned.error() != null) {
                SaveResults.failure(out, planned.error());
            } else if (rollBack) {
                SaveResults.failure(out, SaveResults.ROLLED_BACK);
            } else {
                UpdatePlanner.apply(planned, org);
                SaveResults.success(out, planned.id());
            }
        }
        return out.toString();
    }
}

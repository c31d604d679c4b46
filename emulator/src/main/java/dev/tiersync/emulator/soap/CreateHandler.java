package dev.tiersync.emulator.soap;

import dev.tiersync.emulator.org.OrgContext;
import dev.tiersync.emulator.xml.SoapRequest;
import dev.tiersync.emulator.xml.XmlNode;
import java.util.ArrayList;
import java.util.List;

/** {@code create}: at most 200 records, each given a new 18-character id; checked and created by {@link CreatePlanner}. */
final class CreateHandler implements SoapOperation {

    @Override
    public String handle(SoapRequest request, OrgContext org) {
        List<XmlNode> records = request.operation().all("sObjects");
        if (records.size() > UpdateHandler.MAX_RECORDS) {
            throw SoapFault.unexpected("EXCEEDED_ID_LIMIT", "record limit reached. cannot submit more than 200 records into this call");
        }
        List<CreatePlanner.Planned> plan = new ArrayList<>();
        for (XmlNode record : records) {
            plan.add(CreatePlanner.plan(record.childText("type"), RecordValues.inputs(record, true), org));
        }
        boolean rollBack = request.allOrNone() && plan.stream().anyMatch(p -> p.error() != null);
        StringBuilder out = new StringBuilder();
        for (CreatePlanner.Planned planned : plan) {
            if (planned.error() != null) {
                SaveResults.failure(out, planned.error());
            } else if (rollBack) {
                SaveResults.failure(out, SaveResults.ROLLED_BACK);
            } else {
                CreatePlanner.Created created = CreatePlanner.create(planned, org);
                if (created.error() != null) {
                    SaveResults.failure(out, created.error());
                } else {
                    SaveResults.success(out, created.id());
                }
            }
        }
        return out.toString();
    }
}

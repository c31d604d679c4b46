package dev.tiersync.emulator.soap;

import dev.tiersync.emulator.org.OrgContext;
import dev.tiersync.emulator.AuditEntry;
import dev.tiersync.emulator.xml.SoapRequest;
import dev.tiersync.emulator.xml.XmlNode;
import java.util.List;

/** {@code delete}: moves records to the recycle bin (IsDeleted, still seen by queryAll); at most 200 ids. */
final class DeleteHandler implements SoapOperation {

    @Override
    public String handle(SoapRequest request, OrgContext org) {
        List<XmlNode> ids = request.operation().all("ids");
        if (ids.size() > UpdateHandler.MAX_RECORDS) {
            throw SoapFault.unexpected("EXCEEDED_ID_LIMIT", "record limit reached. cannot submit more than 200 records into this call");
        }
        StringBuilder out = new StringBuilder();
        for (XmlNode node : ids) {
            String id = node.text().strip();
            if (org.store().typeOf(id).isEmpty()) {
                SaveResults.failure(out, RecordError.of("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id"));
            } else if (org.store().isDeleted(id)) {
                SaveResults.failure(out, RecordError.of("ENTITY_IS_DELETED", "entity is deleted"));
            } else {
                String type = org.store().typeOf(id).orElseThrow();
                org.store().delete(id);
                org.audit().record(new AuditEntry(org.clocks().now(), "delete", type, id, "IsDeleted", "false", "true"));
                SaveResults.success(out, id);
            }
        }
        return out.toString();
    }
}

package dev.tiersync.salesforce.wsc;

import com.sforce.soap.partner.DeleteResult;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.sobject.SObject;
import dev.tiersync.salesforce.AccountUpdate;
import dev.tiersync.salesforce.NewRecord;
import dev.tiersync.salesforce.SalesforceUnavailableException;
import dev.tiersync.salesforce.WriteResult;
import java.util.ArrayList;
import java.util.List;

import static dev.tiersync.salesforce.AccountWriter.MAX_UPDATES_PER_CALL;
import static dev.tiersync.salesforce.RecordWriter.MAX_RECORDS_PER_CALL;

/**
 * The writes behind {@link dev.tiersync.salesforce.AccountWriter} and {@link dev.tiersync.salesforce.RecordWriter}
 * through SOAP: {@code update}, {@code create} and {@code delete} calls with partial success, one result per record in
 * the order sent, Salesforce's refusals translated once ({@link FaultTranslator#writeRefusal}).
 */
final class SoapWrites {

    private final SoapCalls soap;

    SoapWrites(SoapCalls soap) {
        this.soap = soap;
    }

    List<WriteResult> update(List<AccountUpdate> updates) {
        if (updates.size() > MAX_UPDATES_PER_CALL) {
            throw new IllegalArgumentException("one update call carries at most " + MAX_UPDATES_PER_CALL
                    + " records, was given " + updates.size());
        }
        if (updates.isEmpty()) {
            return List.of();
        }
        SObject[] records = updates.stream().map(RecordMapper::update).toArray(SObject[]::new);
        String action = "update of " + updates.size() + " Accounts";
        SaveResult[] saved = soap.send(action, c -> c.update(records));
        if (saved.length != updates.size()) {
            throw new SalesforceUnavailableException(FaultTranslator.UNEXPECTED_RESPONSE, action + " failed: Salesforce sent "
                    + saved.length + " results", null);
        }
        List<WriteResult> results = new ArrayList<>(saved.length);
        for (int i = 0; i < saved.length; i++) {
            results.add(toWriteResult(updates.get(i).accountId(), saved[i]));
        }
        return results;
    }

    List<WriteResult> create(List<NewRecord> records) {
        if (records.size() > MAX_RECORDS_PER_CALL) {
            throw new IllegalArgumentException("one create call carries at most " + MAX_RECORDS_PER_CALL
                    + " records, was given " + records.size());
        }
        if (records.isEmpty()) {
            return List.of();
        }
        SObject[] created = records.stream().map(RecordMapper::create).toArray(SObject[]::new);
        String action = "create of " + records.size() + " " + records.get(0).object() + " records";
        SaveResult[] saved = soap.send(action, c -> c.create(created));
        if (saved.length != records.size()) {
            throw new SalesforceUnavailableException(FaultTranslator.UNEXPECTED_RESPONSE, action + " failed: Salesforce sent "
                    + saved.length + " results", null);
        }
        List<WriteResult> results = new ArrayList<>(saved.length);
        for (int i = 0; i < saved.length; i++) {
            results.add(toWriteResult(records.get(i).subjectId(), saved[i]));
        }
        return results;
    }

    List<WriteResult> delete(List<String> ids) {
        if (ids.size() > MAX_RECORDS_PER_CALL) {
            throw new IllegalArgumentException("one delete call carries at most " + MAX_RECORDS_PER_CALL + " ids, was given "
                    + ids.size());
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        String action = "delete of " + ids.size() + " records";
        DeleteResult[] deleted = soap.send(action, c -> c.delete(ids.toArray(String[]::new)));
        if (deleted.length != ids.size()) {
            throw new SalesforceUnavailableException(FaultTranslator.UNEXPECTED_RESPONSE, action + " failed: Salesforce sent "
                    + deleted.length + " results", null);
        }
        List<WriteResult> results = new ArrayList<>(deleted.length);
        for (int i = 0; i < deleted.length; i++) {
            DeleteResult result = deleted[i];
            if (result.isSuccess()) {
                results.add(WriteResult.ok(ids.get(i)));
            } else if (result.getErrors() == null || result.getErrors().length == 0) {
                results.add(WriteResult.refused(ids.get(i), "UNKNOWN", "Salesforce refused the delete without saying why"));
            } else {
                var error = result.getErrors()[0];
                results.add(FaultTranslator.writeRefusal(ids.get(i), error.getStatusCode() == null ? "UNKNOWN"
                        : error.getStatusCode().name(), error.getMessage()));
            }
        }
        return results;
    }

    private static WriteResult toWriteResult(String accountId, SaveResult result) {
        if (result.isSuccess()) {
            return WriteResult.ok(accountId);
        }
        if (result.getErrors() == null || result.getErrors().length == 0) {
            return WriteResult.refused(accountId, "UNKNOWN", "Salesforce rejected the record without saying why");
        }
        var error = result.getErrors()[0];
        String code = error.getStatusCode() == null ? "UNKNOWN" : error.getStatusCode().name();
        String fields = error.getFields() == null || error.getFields().length == 0 ? "" : " (fields: " + String.join(", ", error.getFields()) + ")";
        return FaultTranslator.writeRefusal(accountId, code, error.getMessage() + fields);
    }
}

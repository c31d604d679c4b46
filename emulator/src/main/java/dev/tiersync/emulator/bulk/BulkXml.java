package dev.tiersync.emulator.bulk;

import dev.tiersync.emulator.store.Clocks;
import dev.tiersync.emulator.org.OrgContext;
import dev.tiersync.emulator.xml.Xml;
import java.util.List;

/** jobInfo, batchInfo, result-list and error documents in the layout and element order Salesforce uses. */
final class BulkXml {

    static final String NAMESPACE = "http://www.force.com/2009/06/asyncapi/dataload";

    private BulkXml() {
    }

    static String job(BulkJob job) {
        return open("jobInfo")
                + el("id", job.id) + el("operation", job.operation) + el("object", job.object)
                + el("createdById", OrgContext.USER_ID) + el("createdDate", Clocks.format(job.createdDate))
                + el("systemModstamp", Clocks.format(job.systemModstamp)) + el("state", job.state)
                + el("concurrencyMode", job.concurrencyMode) + el("contentType", job.contentType)
                + el("numberBatchesQueued", job.count("Queued")) + el("numberBatchesInProgress", job.count("InProgress"))
                + el("numberBatchesCompleted", job.count("Completed")) + el("numberBatchesFailed", job.count("Failed"))
                + el("numberBatchesTotal", job.batches.size()) + el("numberRecordsProcessed", job.recordsProcessed())
                + el("numberRetries", 0) + el("apiVersion", job.apiVersion) + el("numberRecordsFailed", job.recordsFailed())
                + el("totalProcessingTime", 0) + el("apiActiveProcessingTime", 0) + el("apexProcessingTime", 0)
                + "</jobInfo>";
    }

    static String batch(BulkBatch batch) {
        return open("batchInfo") + batchBody(batch) + "</batchInfo>";
    }

    static String batchList(List<BulkBatch> batches) {
        StringBuilder out = new StringBuilder(open("batchInfoList"));
        for (BulkBatch batch : batches) {
            out.append("\n <batchInfo>").append(batchBody(batch)).append("\n </batchInfo>");
        }
        return out.append("\n</batchInfoList>").toString();
    }

    static String resultList(List<String> ids) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><result-list xmlns=\"" + NAMESPACE + "\">");
        ids.forEach(id -> out.append("<result>").append(id).append("</result>"));
        return out.append("</result-list>").toString();
    }

    static String error(String code, String message) {
        return open("error") + el("exceptionCode", code) + el("exceptionMessage", message) + "</error>";
    }

    private static String batchBody(BulkBatch batch) {
        return el("id", batch.id) + el("jobId", batch.jobId) + el("state", batch.state)
                + (batch.stateMessage == null || !batch.isDone() ? "" : el("stateMessage", batch.stateMessage))
                + el("createdDate", Clocks.format(batch.createdDate)) + el("systemModstamp", Clocks.format(batch.systemModstamp))
                + el("numberRecordsProcessed", batch.isDone() ? batch.processed : 0)
                + el("numberRecordsFailed", batch.isDone() ? batch.failed : 0)
                + el("totalProcessingTime", 0) + el("apiActiveProcessingTime", 0) + el("apexProcessingTime", 0);
    }

    private static String open(String root) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><" + root + "\n   xmlns=\"" + NAMESPACE + "\">";
    }

    private static String el(String name, Object value) {
        return "\n <" + name + ">" + Xml.escape(String.valueOf(value)) + "</" + name + ">";
    }
}

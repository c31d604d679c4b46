package dev.tiersync.salesforce.wsc;

import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.sobject.SObject;
import dev.tiersync.domain.fields.FieldSet;
import dev.tiersync.salesforce.PageSink;
import dev.tiersync.salesforce.PullScope;
import dev.tiersync.salesforce.Pulled;
import dev.tiersync.salesforce.Route;
import dev.tiersync.salesforce.SalesforceUnavailableException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pulls behind {@link dev.tiersync.salesforce.RecordReader}: SOAP query pages in id order ({@code queryAll} with
 * deletions when incremental), or, when the first page says more records match than the bulk threshold, a Bulk API
 * query with PK chunking. Either way the sink hears how far the pull has come: after each SOAP page, the page's last
 * id; after each Bulk chunk, the highest id so far (chunks cover ascending id ranges, a chunk's rows come in any
 * order). A scope that resumes after an id asks for {@code Id > 'id'} on SOAP and starts the PK chunks there
 * ({@code startRow}, Salesforce's way to restart a chunked query) on Bulk.
 */
final class RecordPulls {

    private static final Logger log = LoggerFactory.getLogger(RecordPulls.class);

    static final int BULK_PAGE_SIZE = 2000;

    private final SoapCalls soap;
    private final BulkCalls bulk;
    private final int pkChunkSize;

    RecordPulls(SoapCalls soap, BulkCalls bulk, int pkChunkSize) {
        this.soap = soap;
        this.bulk = bulk;
        this.pkChunkSize = pkChunkSize;
    }

    /** Pulls the catalog's fields of an object, and these fields beyond them, mapping each record. */
    <T> Route pull(FieldSet fields, List<String> beyond, PullScope scope, Function<SObjectValues, Pulled<T>> mapper,
                   PageSink<T> pages) {
        String object = fields.object();
        String select = RecordMapper.selectAll(fields, beyond);
        boolean incremental = scope.since().isPresent();
        String changed = scope.since().map(since -> "SystemModstamp >= " + since.truncatedTo(ChronoUnit.SECONDS)).orElse(null);
        String after = scope.resumesAfter().map(id -> "Id > '" + id + "'").orElse(null);
        String soql = select + where(changed, after) + " ORDER BY Id";
        String action = "query " + object;
        QueryResult page = soap.send(action, c -> incremental ? c.queryAll(soql) : c.query(soql));
        if (!page.isDone() && page.getSize() > scope.bulkThreshold()) {
            log.info("{}: {} records match, over the bulk threshold of {}; pulling through the Bulk API", action,
                    page.getSize(), scope.bulkThreshold());
            String[] highest = new String[1];
            String resumedAfter = scope.resumesAfter().orElse(null);
            BulkQueries.run(bulk, object, select + where(changed, null), incremental,
                    new BulkQueries.Chunking(pkChunkSize, scope.resumesAfter().orElse(null)), BULK_PAGE_SIZE,
                    WscOrgSession.BULK_POLL_MILLIS, new BulkQueries.Rows() {
                        @Override
                        public void page(List<Function<String, Object>> rows) {
                            List<Pulled<T>> mapped = new ArrayList<>(rows.size());
                            for (Function<String, Object> row : rows) {
                                Pulled<T> pulled = mapper.apply(new SObjectValues(object, row));
                                if (pulled.id().equals(resumedAfter)) {
                                    continue; // startRow counts from that record, which the pull stored already
                                }
                                if (highest[0] == null || pulled.id().compareTo(highest[0]) > 0) {
                                    highest[0] = pulled.id();
                                }
                                mapped.add(pulled);
                            }
                            if (!mapped.isEmpty()) {
                                pages.accept(mapped);
                            }
                        }

                        @Override
                        public void chunkDone() {
                            if (highest[0] != null) {
                                pages.deliveredThrough(highest[0]);
                            }
                        }
                    });
            return WscOrgSession.BULK;
        }
        while (true) {
            SObject[] records = page.getRecords();
            List<Pulled<T>> mapped = new ArrayList<>(records.length);
            for (SObject record : records) {
                mapped.add(mapper.apply(new SObjectValues(record)));
            }
            if (!mapped.isEmpty()) {
                pages.accept(mapped);
                pages.deliveredThrough(mapped.get(mapped.size() - 1).id());
            }
            if (page.isDone()) {
                return WscOrgSession.SOAP;
            }
            String locator = page.getQueryLocator();
            if (locator == null) {
                throw new SalesforceUnavailableException(FaultTranslator.UNEXPECTED_RESPONSE,
                        action + " failed: Salesforce said more records follow but sent no query locator", null);
            }
            page = soap.send(action, c -> c.queryMore(locator));
        }
    }

    private static String where(String first, String second) {
        if (first == null && second == null) {
            return "";
        }
        return " WHERE " + (first == null ? second : second == null ? first : first + " AND " + second);
    }
}

package dev.tiersync.salesforce.wsc;

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
 * query with PK chunking, a few chunks read at once. Either way the sink hears how far the pull has come: after each
 * SOAP page, the page's last id; once every chunk up to one is read, the highest id in them (chunks cover ascending
 * id ranges, a chunk's rows come in any order). Pages of different chunks may reach the sink from several threads
 * at once. A scope that resumes after an id asks for {@code Id > 'id'} on SOAP and starts the PK chunks there
 * ({@code startRow}, Salesforce's way to restart a chunked query) on Bulk.
 */
final class RecordPulls {

    private static final Logger log = LoggerFactory.getLogger(RecordPulls.class);

    static final int BULK_PAGE_SIZE = 2000;
    /** Bulk chunks read at once: the time one download waits for Salesforce is spent reading another. */
    static final int BULK_READERS = 3;

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
        String soql = select + where(scope, true) + " ORDER BY Id";
        String action = "query " + object;
        QueryPage page = soap.send(action, c -> SoapQueries.query(c, soql, incremental));
        if (!page.isDone() && page.size() > scope.bulkThreshold() && scope.range().isAll()) {
            log.info("{}: {} records match, over the bulk threshold of {}; pulling through the Bulk API", action,
                    page.size(), scope.bulkThreshold());
            String resumedAfter = scope.resumesAfter().orElse(null);
            java.util.Map<Integer, String> highest = new java.util.concurrent.ConcurrentHashMap<>();
            String[] through = new String[1];
            int[] counted = {0};
            BulkQueries.run(bulk, object, select + where(scope, false), incremental,
                    new BulkQueries.Chunking(pkChunkSize, resumedAfter), BULK_PAGE_SIZE, WscOrgSession.BULK_POLL_MILLIS,
                    BULK_READERS, new BulkQueries.Rows() {
                        @Override
                        public void page(int chunk, List<Function<String, Object>> rows) {
                            List<Pulled<T>> mapped = new ArrayList<>(rows.size());
                            for (Function<String, Object> row : rows) {
                                Pulled<T> pulled = mapper.apply(new SObjectValues(object, row));
                                if (pulled.id().equals(resumedAfter)) {
                                    continue; // startRow counts from that record, which the pull stored already
                                }
                                highest.merge(chunk, pulled.id(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
                                mapped.add(pulled);
                            }
                            if (!mapped.isEmpty()) {
                                pages.accept(mapped);
                            }
                        }

                        @Override
                        public void delivered(int chunks) {
                            for (; counted[0] < chunks; counted[0]++) {
                                String top = highest.get(counted[0]);
                                if (top != null && (through[0] == null || top.compareTo(through[0]) > 0)) {
                                    through[0] = top;
                                }
                            }
                            if (through[0] != null) {
                                pages.deliveredThrough(through[0]);
                            }
                        }
                    });
            return WscOrgSession.BULK;
        }
        pages.matching(page.size());
        while (true) {
            List<Pulled<T>> mapped = new ArrayList<>(page.records());
            for (int i = 0; i < page.records(); i++) {
                mapped.add(mapper.apply(new SObjectValues(object, page.record(i))));
            }
            if (!mapped.isEmpty()) {
                pages.accept(mapped);
                pages.deliveredThrough(mapped.get(mapped.size() - 1).id());
            }
            if (page.isDone() || !pages.more()) {
                return WscOrgSession.SOAP;
            }
            String locator = page.queryLocator();
            if (locator == null) {
                throw new SalesforceUnavailableException(FaultTranslator.UNEXPECTED_RESPONSE,
                        action + " failed: Salesforce said more records follow but sent no query locator", null);
            }
            page = soap.send(action, c -> SoapQueries.queryMore(c, locator));
        }
    }

    /** The lowest or highest id the scope matches. */
    java.util.Optional<String> edgeId(String object, PullScope scope, boolean last) {
        String soql = "SELECT Id FROM " + object + where(scope, true) + " ORDER BY Id " + (last ? "DESC" : "ASC") + " LIMIT 1";
        SObject[] records = soap.send("query " + object, c -> scope.since().isPresent() ? c.queryAll(soql) : c.query(soql))
                .getRecords();
        return records.length == 0 ? java.util.Optional.empty() : java.util.Optional.of(records[0].getId());
    }

    /**
     * The scope's conditions: changes since, the stream's id range and, with {@code resume} (Bulk resumes by
     * {@code startRow} instead), the ids after where a stopped pull left off.
     */
    private static String where(PullScope scope, boolean resume) {
        List<String> conditions = new ArrayList<>(4);
        scope.since().ifPresent(since -> conditions.add("SystemModstamp >= " + since.truncatedTo(ChronoUnit.SECONDS)));
        if (scope.range().from() != null) {
            conditions.add("Id >= '" + scope.range().from() + "'");
        }
        if (scope.range().to() != null) {
            conditions.add("Id < '" + scope.range().to() + "'");
        }
        if (resume) {
            scope.resumesAfter().ifPresent(id -> conditions.add("Id > '" + id + "'"));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
}

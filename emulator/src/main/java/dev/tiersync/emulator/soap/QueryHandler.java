package dev.tiersync.emulator.soap;

import dev.tiersync.emulator.org.OrgContext;
import dev.tiersync.emulator.soql.SoqlException;
import dev.tiersync.emulator.soql.SoqlQuery;
import dev.tiersync.emulator.xml.SoapRequest;
import java.util.List;

/**
 * {@code query} and {@code queryAll}: runs SOQL and answers with the first page; more pages follow by
 * queryMore. queryAll also returns deleted records.
 */
final class QueryHandler implements SoapOperation {

    static final int DEFAULT_PAGE = 500;
    static final int MIN_PAGE = 200;
    static final int MAX_PAGE = 2000;

    private final boolean includeDeleted;

    QueryHandler(boolean includeDeleted) {
        this.includeDeleted = includeDeleted;
    }

    @Override
    public String handle(SoapRequest request, OrgContext org) {
        String soql = request.operation().childText("queryString");
        if (soql == null || soql.isBlank()) {
            throw new SoapFault("MALFORMED_QUERY", "empty query", "MalformedQueryFault", new int[] {1, 1});
        }
        SoqlQuery query = parse(soql.strip(), org);
        List<String[]> rows = query.apply(org.store().snapshot(query.object().name(), includeDeleted));
        if (query.count()) {
            return QueryResults.count(rows.size());
        }
        int pageSize = pageSize(request.batchSize());
        if (rows.size() <= pageSize) {
            return QueryResults.page(query, rows, 0, rows.size(), null);
        }
        String cursor = org.cursors().open(query, rows, pageSize, org.clocks().now());
        return QueryResults.page(query, rows, 0, pageSize, cursor + "-" + pageSize);
    }

    static int pageSize(Integer requested) {
        if (requested == null) {
            return DEFAULT_PAGE;
        }
        return Math.max(MIN_PAGE, Math.min(MAX_PAGE, requested));
    }

    private static SoqlQuery parse(String soql, OrgContext org) {
        try {
            return org.soql().parse(soql);
        } catch (SoqlException e) {
            String message = "\n" + soql + "\n" + " ".repeat(Math.max(0, e.column() - 1)) + "^\nERROR at Row:"
                    + e.row() + ":Column:" + e.column() + "\n" + e.getMessage();
            String detail = switch (e.kind()) {
                case MALFORMED_QUERY -> "MalformedQueryFault";
                case INVALID_FIELD -> "InvalidFieldFault";
                case INVALID_TYPE -> "InvalidSObjectFault";
            };
            throw new SoapFault(e.kind().name(), message, detail, new int[] {e.row(), e.column()});
        }
    }
}

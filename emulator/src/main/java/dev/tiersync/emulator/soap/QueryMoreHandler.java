package dev.tiersync.emulator.soap;

import dev.tiersync.emulator.org.QueryCursors;
import dev.tiersync.emulator.org.OrgContext;
import dev.tiersync.emulator.xml.SoapRequest;

/** {@code queryMore}: the next page of an open query, by its locator {@code <cursor>-<offset>}. */
final class QueryMoreHandler implements SoapOperation {

    @Override
    public String handle(SoapRequest request, OrgContext org) {
        String locator = request.operation().childText("queryLocator");
        int dash = locator == null ? -1 : locator.lastIndexOf('-');
        if (dash < 1) {
            throw invalid();
        }
        int offset;
        try {
            offset = Integer.parseInt(locator.substring(dash + 1).strip());
        } catch (NumberFormatException e) {
            throw invalid();
        }
        String cursorId = locator.substring(0, dash).strip();
        QueryCursors.Cursor cursor = org.cursors().use(cursorId, org.clocks().now()).orElseThrow(QueryMoreHandler::invalid);
        if (offset < 0 || offset >= cursor.rows().size()) {
            throw invalid();
        }
        int to = Math.min(cursor.rows().size(), offset + cursor.pageSize());
        String next = to < cursor.rows().size() ? cursorId + "-" + to : null;
        if (next == null) {
            org.cursors().close(cursorId);
        }
        return QueryResults.page(cursor.query(), cursor.rows(), offset, to, next);
    }

    private static SoapFault invalid() {
        return new SoapFault("INVALID_QUERY_LOCATOR", "invalid query locator", "InvalidQueryLocatorFault");
    }
}

package dev.tiersync.emulator.soap;

import dev.tiersync.emulator.soql.SoqlQuery;
import dev.tiersync.emulator.store.FieldDefinition;
import dev.tiersync.emulator.xml.Xml;
import java.util.List;

/** Writes a page of a query as a {@code QueryResult}, in the field order and shape the client expects. */
final class QueryResults {

    private QueryResults() {
    }

    /**
     * @param locator the cursor to continue from, or null when this page is the last
     */
    /** The answer to {@code SELECT COUNT() FROM ...}: done, no records, the count as the size. */
    static String count(int rows) {
        return "<result xsi:type=\"QueryResult\"><done>true</done><queryLocator xsi:nil=\"true\"/><size>" + rows
                + "</size></result>";
    }

    static String page(SoqlQuery query, List<String[]> rows, int from, int to, String locator) {
        StringBuilder out = new StringBuilder(256 + (to - from) * 64 * (query.fields().size() + 2));
        out.append("<result xsi:type=\"QueryResult\"><done>").append(locator == null).append("</done>");
        if (locator == null) {
            out.append("<queryLocator xsi:nil=\"true\"/>");
        } else {
            out.append("<queryLocator>").append(locator).append("</queryLocator>");
        }
        boolean idSelected = query.fields().stream().anyMatch(f -> f.name().equals("Id"));
        int idColumn = query.object().position("Id");
        int[] columns = query.columns();
        for (int i = from; i < to; i++) {
            String[] row = rows.get(i);
            out.append("<records xsi:type=\"sf:sObject\"><sf:type>").append(query.object().name()).append("</sf:type>");
            if (idSelected) {
                out.append("<sf:Id>").append(row[idColumn]).append("</sf:Id>");
            } else {
                out.append("<sf:Id xsi:nil=\"true\"/>");
            }
            for (int c = 0; c < columns.length; c++) {
                FieldDefinition field = query.fields().get(c);
                String value = row[columns[c]];
                out.append("<sf:").append(field.name());
                if (value == null) {
                    out.append(" xsi:nil=\"true\"/>");
                } else {
                    out.append('>').append(Xml.escape(value)).append("</sf:").append(field.name()).append('>');
                }
            }
            out.append("</records>");
        }
        return out.append("<size>").append(rows.size()).append("</size></result>").toString();
    }
}

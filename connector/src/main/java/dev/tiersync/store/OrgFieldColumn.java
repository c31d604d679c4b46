package dev.tiersync.store;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.fields.OrgFieldValues;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The account's values of the org's own fields ({@link Account#orgFields()}) in the one text column
 * {@code ts_account.org_fields}: a line per field, {@code <API name><tab><value>}, with backslash, tab and line
 * breaks in a value escaped; null when the account holds none.
 */
final class OrgFieldColumn implements RecordTable.Extra<Account> {

    static final String COLUMN = "org_fields";

    @Override
    public String column() {
        return COLUMN;
    }

    @Override
    public String write(Account account) {
        if (account.orgFields().isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        account.orgFields().forEach((name, value) -> text.append(name).append('\t').append(escape(value)).append('\n'));
        return text.toString();
    }

    @Override
    public Account read(Account account, String text) {
        if (text == null || text.isEmpty()) {
            return account;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                values.put(line.substring(0, tab), unescape(line.substring(tab + 1)));
            }
        }
        return account.withOrgFields(OrgFieldValues.of(values));
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

package dev.tiersync.testdata;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.AccountHistory;
import dev.tiersync.domain.Opportunity;
import dev.tiersync.emulator.OrgData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Accounts and their deals, made by a test's own generator, as the records of an emulated org: what a
 * Data Loader import of them would hold. Opportunities get ids of their own; nothing is modified after
 * {@code now}.
 */
public final class EmulatorRecords {

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private EmulatorRecords() {
    }

    public static OrgData of(List<AccountHistory> histories, LocalDate now) {
        List<Map<String, String>> accounts = new ArrayList<>();
        List<Map<String, String>> opportunities = new ArrayList<>();
        int sequence = 0;
        for (AccountHistory history : histories) {
            Account a = history.account();
            Map<String, String> row = new LinkedHashMap<>();
            row.put("Id", a.id());
            row.put("Name", a.name());
            put(row, "Industry", a.industry());
            put(row, "AnnualRevenue", a.annualRevenue() == null ? null : a.annualRevenue().toPlainString());
            put(row, "NumberOfEmployees", a.numberOfEmployees() == null ? null : a.numberOfEmployees().toString());
            put(row, "BillingCountry", a.billingCountry());
            put(row, "Type", a.type());
            put(row, "ParentId", a.parentId());
            put(row, "CreatedDate", a.createdDate() == null ? null : DATETIME.format(a.createdDate()));
            accounts.add(row);
            for (Opportunity o : history.opportunities()) {
                Map<String, String> deal = new LinkedHashMap<>();
                deal.put("Id", String.format(Locale.ROOT, "006PL%010d", ++sequence));
                deal.put("AccountId", o.accountId());
                deal.put("Name", "Deal " + sequence);
                deal.put("StageName", o.stageName());
                deal.put("Amount", String.format(Locale.ROOT, "%.2f", o.amount()));
                deal.put("CloseDate", o.closeDate().toString());
                deal.put("IsClosed", Boolean.toString(o.closed()));
                deal.put("IsWon", Boolean.toString(o.won()));
                Instant created = o.createdDate();
                Instant latest = now.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
                if (created.isAfter(latest)) {
                    created = latest;
                }
                deal.put("CreatedDate", DATETIME.format(created));
                Instant closed = o.closeDate().atStartOfDay().toInstant(ZoneOffset.UTC);
                deal.put("SystemModstamp", DATETIME.format(o.closed() && closed.isBefore(latest) ? closed : created));
                opportunities.add(deal);
            }
        }
        Map<String, List<Map<String, String>>> records = new LinkedHashMap<>();
        records.put("Account", accounts);
        records.put("Opportunity", opportunities);
        return OrgData.of(records);
    }

    private static void put(Map<String, String> row, String field, String value) {
        if (value != null) {
            row.put(field, value);
        }
    }
}

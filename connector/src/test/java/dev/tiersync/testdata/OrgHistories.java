package dev.tiersync.testdata;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.AccountHistory;
import dev.tiersync.domain.Opportunity;
import dev.tiersync.domain.fields.FieldValues;
import dev.tiersync.emulator.OrgData;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns emulator seed data (generated, or the shared CSV export) into account histories for rule tests. */
public final class OrgHistories {

    public static final Path SHARED_DATASET = Path.of("..", "..", "shared", "datasets", "crm-sales-opportunities", "salesforce");

    private final List<AccountHistory> histories;
    private final int orphanOpportunities;

    private OrgHistories(List<AccountHistory> histories, int orphanOpportunities) {
        this.histories = histories;
        this.orphanOpportunities = orphanOpportunities;
    }

    public static boolean sharedDatasetPresent() {
        return Files.isDirectory(SHARED_DATASET);
    }

    public static OrgHistories sharedDataset() {
        return of(OrgData.fromCsvFolder(SHARED_DATASET));
    }

    public static OrgHistories of(OrgData data) {
        Map<String, Account> accounts = new LinkedHashMap<>();
        for (Map<String, String> row : data.records().get("Account")) {
            accounts.put(row.get("Id"), new Account(row.get("Id"), row.get("Name"), row.get("Industry"),
                    decimal(row.get("AnnualRevenue")), row.get("NumberOfEmployees") == null ? null
                    : Integer.valueOf(row.get("NumberOfEmployees")), row.get("BillingCountry"), row.get("Type"),
                    row.get("ParentId"), instant(row.get("CreatedDate")), FieldValues.NONE));
        }
        Map<String, List<Opportunity>> byAccount = new HashMap<>();
        int orphans = 0;
        for (Map<String, String> row : data.records().get("Opportunity")) {
            String accountId = row.get("AccountId");
            if (accountId == null || !accounts.containsKey(accountId)) {
                orphans++;
                continue;
            }
            byAccount.computeIfAbsent(accountId, id -> new ArrayList<>()).add(new Opportunity(row.get("Id"), accountId,
                    row.get("Amount") == null ? 0 : Double.parseDouble(row.get("Amount")), row.get("StageName"), "true".equals(row.get("IsClosed")),
                    "true".equals(row.get("IsWon")), row.get("CloseDate") == null ? null : LocalDate.parse(row.get("CloseDate")),
                    instant(row.get("CreatedDate"))));
        }
        List<AccountHistory> histories = new ArrayList<>();
        accounts.forEach((id, account) -> histories.add(new AccountHistory(account, byAccount.getOrDefault(id, List.of()))));
        return new OrgHistories(histories, orphans);
    }

    public List<AccountHistory> histories() {
        return histories;
    }

    public int orphanOpportunities() {
        return orphanOpportunities;
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static Instant instant(String value) {
        return value == null ? null : Instant.parse(value);
    }
}

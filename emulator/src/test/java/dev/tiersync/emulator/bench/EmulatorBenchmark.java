package dev.tiersync.emulator.bench;

import com.sforce.soap.partner.Connector;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.OrgData;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark, not a test: loads a generated org, then measures through the real force-wsc client
 * the query throughput (pages of 2,000) and the update throughput (calls of 200).
 * Usage: {@code EmulatorBenchmark ACCOUNTS UPDATES ROUNDS}.
 */
public final class EmulatorBenchmark {

    private EmulatorBenchmark() {
    }

    public static void main(String[] args) throws ConnectionException {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int updates = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        long start = System.nanoTime();
        try (EmulatedOrg org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(accounts, 42, LocalDate.of(2025, 6, 1))))) {
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf("generated and loaded %,d accounts and %,d opportunities in %.1f s; heap used after GC %,d MB (max %,d MB)%n",
                    org.store().count("Account"), org.store().count("Opportunity"), loadSeconds, heap >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            PartnerConnection connection = connect(org);
            connection.setQueryOptions(2000);
            for (int round = 1; round <= rounds; round++) {
                query(connection, "SELECT Id, Name, Industry, AnnualRevenue, NumberOfEmployees, BillingCountry, Type, CreatedDate,"
                        + " Tier__c, Segment__c, Segments_Updated_At__c FROM Account", round);
                query(connection, "SELECT Id, AccountId, Amount, StageName, IsClosed, IsWon, CloseDate, CreatedDate FROM Opportunity", round);
                update(connection, org, Math.min(updates, accounts), round);
            }
        }
    }

    private static void query(PartnerConnection connection, String soql, int round) throws ConnectionException {
        long start = System.nanoTime();
        int records = 0;
        QueryResult page = connection.query(soql);
        while (true) {
            records += page.getRecords().length;
            if (page.isDone()) {
                break;
            }
            page = connection.queryMore(page.getQueryLocator());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("round %d query  %-11s %,9d records in %6.2f s = %,8.0f records/s%n", round,
                soql.substring(soql.lastIndexOf(' ') + 1), records, seconds, records / seconds);
    }

    private static void update(PartnerConnection connection, EmulatedOrg org, int count, int round) throws ConnectionException {
        List<String> ids = org.store().records("Account").stream().limit(count).map(r -> r.id()).toList();
        String[] tiers = {"A", "B", "C", "D"};
        long start = System.nanoTime();
        int ok = 0;
        for (int from = 0; from < ids.size(); from += 200) {
            List<SObject> batch = new ArrayList<>(200);
            for (String id : ids.subList(from, Math.min(ids.size(), from + 200))) {
                SObject record = new SObject("Account");
                record.setId(id);
                record.setField("Tier__c", tiers[(round + from) % 4]);
                record.setField("Segment_Reasons__c", "benchmark round " + round);
                batch.add(record);
            }
            for (SaveResult result : connection.update(batch.toArray(SObject[]::new))) {
                ok += result.isSuccess() ? 1 : 0;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("round %d update Account     %,9d records in %6.2f s = %,8.0f records/s (%,d succeeded)%n", round,
                ids.size(), seconds, ids.size() / seconds, ok);
    }

    private static PartnerConnection connect(EmulatedOrg org) throws ConnectionException {
        ConnectorConfig config = new ConnectorConfig();
        config.setAuthEndpoint(org.authEndpoint());
        config.setUsername(EmulatorSettings.DEFAULT_USERNAME);
        config.setPassword(EmulatorSettings.DEFAULT_PASSWORD);
        return Connector.newConnection(config);
    }
}

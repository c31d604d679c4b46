package dev.tiersync.emulator.bench;

import com.sforce.async.AsyncApiException;
import com.sforce.async.BatchInfo;
import com.sforce.async.BatchStateEnum;
import com.sforce.async.BulkConnection;
import com.sforce.async.ContentType;
import com.sforce.async.JobInfo;
import com.sforce.async.OperationEnum;
import com.sforce.soap.partner.Connector;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.OrgData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * Benchmark, not a test: loads a generated org with engagement into an emulated org, as a sync benchmark does,
 * and prints the records held, the heap used after GC, the bytes per record and the load time; then times a
 * SOAP query of every opportunity (pages of 2,000), of every task and opportunity contact role (ordered by Id, as the
 * connector pulls) and of the last contact id through force-wsc, and a PK-chunked Bulk query of every opportunity.
 * Usage: {@code StoreFootprintBenchmark ACCOUNTS [QUERY_ROUNDS]}; {@code -Dbench.histogram=true} prints the top of the
 * class histogram after the load.
 */
public final class StoreFootprintBenchmark {

    private static final List<String> TYPES = List.of("Account", "Opportunity", "Contact", "Case", "Task", "Event",
            "OpportunityContactRole");

    private StoreFootprintBenchmark() {
    }

    public static void main(String[] args) throws ConnectionException, InterruptedException, AsyncApiException, IOException {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        long before = heapAfterGc();
        long start = System.nanoTime();
        OrgData data = OrgData.generateWithEngagement(accounts, 7, LocalDate.of(2025, 6, 1));
        try (EmulatedOrg org = EmulatedOrg.start(EmulatorSettings.of(data))) {
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            long records = 0;
            StringBuilder byType = new StringBuilder();
            for (String type : TYPES) {
                int count = org.store().count(type);
                records += count;
                byType.append(String.format(" %s=%,d", type, count));
            }
            long heap = heapAfterGc() - before;
            System.out.printf("accounts %,d: %,d records loaded in %.1f s;%s%n", accounts, records, loadSeconds, byType);
            System.out.printf("heap used after GC %,d MB (%,d bytes; max %,d MB) = %,.0f bytes per record%n",
                    heap >> 20, heap, Runtime.getRuntime().maxMemory() >> 20, (double) heap / records);
            if (Boolean.getBoolean("bench.histogram")) {
                printHistogram();
            }
            PartnerConnection connection = connect(org);
            connection.setQueryOptions(2000);
            for (int round = 1; round <= rounds; round++) {
                query(connection, "SELECT Id, AccountId, Name, Amount, StageName, IsClosed, IsWon, CloseDate, CreatedDate,"
                        + " SystemModstamp FROM Opportunity", round);
                query(connection, "SELECT Id, WhatId, WhoId, AccountId, Subject, Status, ActivityDate, CreatedDate,"
                        + " SystemModstamp FROM Task WHERE SystemModstamp > 2000-01-01T00:00:00Z", round);
                // as the connector pulls: ordered by Id, and the edge ids of a range
                query(connection, "SELECT Id, OpportunityId, ContactId, Role, IsPrimary, CreatedDate, SystemModstamp"
                        + " FROM OpportunityContactRole WHERE SystemModstamp >= 2000-01-01T00:00:00Z ORDER BY Id", round);
                query(connection, "SELECT Id FROM Contact ORDER BY Id DESC LIMIT 1", round);
                bulkQuery(bulk(org, connection), "Opportunity", "SELECT Id, AccountId, Name, Amount, StageName, IsClosed, IsWon,"
                        + " CloseDate, CreatedDate, SystemModstamp FROM Opportunity WHERE SystemModstamp >= 2000-01-01T00:00:00Z", round);
            }
        }
    }

    /** The top of the live-object class histogram, as {@code jcmd PID GC.class_histogram} prints it. */
    private static void printHistogram() {
        try {
            Object histogram = ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            histogram.toString().lines().limit(25).forEach(System.out::println);
        } catch (javax.management.JMException e) {
            throw new IllegalStateException("no class histogram", e);
        }
    }

    /** The CPU time of the whole process, client and org: a steadier measure than wall time on a shared machine. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void query(PartnerConnection connection, String soql, int round) throws ConnectionException {
        long start = System.nanoTime();
        long cpu = cpuNanos();
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
        String object = soql.substring(soql.indexOf(" FROM ") + 6).split(" ")[0];
        System.out.printf("round %d query %-12s %,10d records in %6.2f s = %,8.0f records/s, %6.2f s of CPU%n", round,
                object, records, seconds, records / seconds, (cpuNanos() - cpu) / 1e9);
    }

    /** A PK-chunked Bulk query, as the connector pulls a large object: from the job's creation to every result read. */
    private static void bulkQuery(BulkConnection bulk, String object, String soql, int round) throws AsyncApiException,
            InterruptedException, IOException {
        long start = System.nanoTime();
        long cpu = cpuNanos();
        bulk.addHeader("Sforce-Enable-PKChunking", "chunkSize=100000");
        JobInfo job = new JobInfo();
        job.setObject(object);
        job.setOperation(OperationEnum.query);
        job.setContentType(ContentType.CSV);
        job = bulk.createJob(job);
        bulk.createBatchFromStream(job, new ByteArrayInputStream(soql.getBytes(StandardCharsets.UTF_8)));
        BatchInfo[] batches;
        do {
            Thread.sleep(50);
            batches = bulk.getBatchInfoList(job.getId()).getBatchInfo();
        } while (Arrays.stream(batches).anyMatch(b -> b.getState() == BatchStateEnum.Queued
                || b.getState() == BatchStateEnum.InProgress));
        long records = 0;
        for (BatchInfo batch : batches) {
            if (batch.getState() == BatchStateEnum.Completed) {
                for (String result : bulk.getQueryResultList(job.getId(), batch.getId()).getResult()) {
                    try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(
                            new InputStreamReader(bulk.getQueryResultStream(job.getId(), batch.getId(), result),
                                    StandardCharsets.UTF_8))) {
                        for (var ignored : parser) {
                            records++;
                        }
                    }
                }
            }
        }
        bulk.closeJob(job.getId());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("round %d bulk  %-12s %,10d records in %6.2f s = %,8.0f records/s, %6.2f s of CPU%n", round,
                object, records, seconds, records / seconds, (cpuNanos() - cpu) / 1e9);
    }

    private static BulkConnection bulk(EmulatedOrg org, PartnerConnection connection) throws AsyncApiException {
        ConnectorConfig config = new ConnectorConfig();
        config.setSessionId(connection.getConfig().getSessionId());
        config.setRestEndpoint(org.bulkEndpoint());
        return new BulkConnection(config);
    }

    private static PartnerConnection connect(EmulatedOrg org) throws ConnectionException {
        ConnectorConfig config = new ConnectorConfig();
        config.setAuthEndpoint(org.authEndpoint());
        config.setUsername(EmulatorSettings.DEFAULT_USERNAME);
        config.setPassword(EmulatorSettings.DEFAULT_PASSWORD);
        return Connector.newConnection(config);
    }
}

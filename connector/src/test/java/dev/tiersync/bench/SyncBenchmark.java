package dev.tiersync.bench;

import com.sforce.soap.partner.Connector;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.engine.Segmenter;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.salesforce.OrgCredentials;
import dev.tiersync.salesforce.Secret;
import dev.tiersync.runtime.SyncRuntime;
import dev.tiersync.salesforce.OrgAccess;
import dev.tiersync.salesforce.resilience.ResilienceSettings;
import dev.tiersync.salesforce.wsc.WscOrgConnector;
import dev.tiersync.salesforce.wsc.WscSettings;
import dev.tiersync.store.JdbcSnapshotStore;
import dev.tiersync.store.StoreSettings;
import dev.tiersync.sync.SyncJob;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncRequest;
import dev.tiersync.sync.SyncSettings;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Benchmark, not a test: full and incremental syncs of a generated org served by an emulator in a
 * separate process, so this JVM's heap holds only the sync. Run with the heap under test, e.g.
 * {@code java -Xmx512m ... SyncBenchmark 100000 soap}. Mode {@code soap} keeps every call on SOAP and
 * compares the calls with the minimum for query pages of 2,000 and updates of 200; {@code bulk} uses
 * the default thresholds, so an org this size goes through the Bulk API.
 */
public final class SyncBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final int PAGE = 2000;
    private static final int UPDATE = 200;

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        boolean soapOnly = !(args.length > 1 && args[1].equals("bulk"));
        boolean engagement = args.length > 2 && args[2].equals("engagement");
        // the emulator keeps the whole org in memory: 100,000 accounts with engagement need more than 4 GB
        Process emulator = new ProcessBuilder("java", "-Xmx" + System.getProperty("bench.emulatorHeap", "4g"), "-cp", System.getProperty("java.class.path"),
                EmulatorProcess.class.getName(), Integer.toString(accounts), "7", AS_OF.toString(), engagement ? "engagement" : "")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String loginUrl = awaitReady(emulator);
            run(loginUrl, accounts, soapOnly);
        } finally {
            emulator.getOutputStream().close();
            emulator.destroy();
        }
    }

    private static void run(String loginUrl, int accounts, boolean soapOnly) throws Exception {
        Path directory = Files.createTempDirectory("tiersync-bench");
        SyncSettings.Builder settings = SyncSettings.custom()
                // The runs follow each other within seconds; production runs are hours apart and keep the 10-minute default.
                .incremental(Duration.ofSeconds(5), Duration.ofDays(7));
        if (soapOnly) {
            settings.bulkThresholds(Integer.MAX_VALUE, Integer.MAX_VALUE);
        }
        System.out.printf("%s mode, %,d accounts, heap cap %,d MB, %d cores%n", soapOnly ? "SOAP" : "default (Bulk above thresholds)",
                accounts, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        OrgAccess credentials = new OrgAccess("bench", new OrgCredentials(URI.create(loginUrl), EmulatorSettings.DEFAULT_USERNAME,
                Secret.of(EmulatorSettings.DEFAULT_PASSWORD)));
        try (JdbcSnapshotStore store = JdbcSnapshotStore.open(StoreSettings.embedded(directory))) {
            SyncJob job = SyncRuntime.builder().sync(settings.build()).store(store).build().job(SegmentationConfig.defaults());
            SyncReport full = timed("full sync", job, credentials);
            int related = full.pull().related().pulled().values().stream().mapToInt(SyncBenchmark::pages).sum()
                    + (full.pull().related().pulled().isEmpty() ? 0 : 1); // one describeGlobal
            int creates = full.records().created() + full.records().alreadyThere();
            int minimum = 1 + pages(full.assessed().accounts()) + pages(full.assessed().opportunities()) + related
                    + (full.writes().accounts() + UPDATE - 1) / UPDATE + (creates + UPDATE - 1) / UPDATE;
            System.out.printf("  full sync: %,d API calls; minimum for SOAP (login, query pages of %,d, updates and creates of %,d:"
                    + " %,d Segment_Change__c records) %,d; ratio %.3f%n", full.api().calls(), PAGE, UPDATE, creates, minimum,
                    (double) full.api().calls() / minimum);
            if (Boolean.getBoolean("bench.fullOnly")) {
                return;
            }
            Thread.sleep(6_000);
            timed("next run (pulls back what the full sync wrote)", job, credentials);
            Thread.sleep(6_000);
            PartnerConnection user = connect(loginUrl);
            Set<String> touched = new HashSet<>();
            int changed = changeOnePercent(user, accounts, full.assessed().opportunities(), full.pull().related().pulled(), touched);
            System.out.printf("changed %,d records (1%% of accounts, opportunities, cases and tasks) of %,d accounts as users would%n",
                    changed, touched.size());
            Thread.sleep(6_000);
            Calendar before = user.getServerTimestamp().getTimestamp();
            SyncReport incremental = timed("incremental after 1% changed", job, credentials);
            System.out.printf("  incremental: %,d API calls = %.1f%% of the full sync's %,d%n", incremental.api().calls(),
                    100.0 * incremental.api().calls() / full.api().calls(), full.api().calls());
            Set<String> written = ids(user, "SELECT Id FROM Account WHERE SystemModstamp > "
                    + before.toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            long own = written.stream().filter(touched::contains).count();
            System.out.printf("  incremental wrote %,d accounts: %,d with a record of their own changed, %,d with none%n",
                    written.size(), own, written.size() - own);
            user.logout();
        }
    }

    private static SyncReport timed(String name, SyncJob job, OrgAccess credentials) {
        System.gc();
        HeapSampler sampler = HeapSampler.start();
        long start = System.nanoTime();
        SyncReport report = job.run(credentials, new SyncRequest(AS_OF, false));
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = sampler.stop();
        System.out.printf("%s: %s in %.1f s, peak heap %,d MB (at most %,d MB after a collection, %d full collections); pulled %,d accounts and %,d opportunities (%s, %s/%s), related %s %s%s, "
                        + "assessed %,d accounts, wrote %,d (%s), %,d failed, %,d API calls; fields changed %s; phases %s%n",
                name, report.status(), seconds, peak >> 20, sampler.highestAfterGc() >> 20, sampler.fullGcs(), report.pull().accounts(), report.pull().opportunities(),
                report.pull().full() ? "full" : "incremental", report.pull().accountRoute(), report.pull().opportunityRoute(),
                report.pull().related().pulled(), report.pull().related().routes(), report.pull().related().skipped(),
                report.assessed().accounts(), report.writes().accounts(), report.writes().bulk() ? "Bulk" : "SOAP",
                report.writes().failures().size(), report.api().calls(), report.changes().byField(), report.phases());
        if (report.run().error() != null) {
            throw new IllegalStateException(name + " failed: " + report.run().error());
        }
        return report;
    }

    private static int pages(int records) {
        return Math.max(1, (records + PAGE - 1) / PAGE);
    }

    private static PartnerConnection connect(String loginUrl) throws ConnectionException {
        ConnectorConfig config = new ConnectorConfig();
        config.setAuthEndpoint(loginUrl + WscSettings.SOAP_PATH);
        config.setUsername(EmulatorSettings.DEFAULT_USERNAME);
        config.setPassword(EmulatorSettings.DEFAULT_PASSWORD);
        return Connector.newConnection(config);
    }

    /**
     * Edits 1 % of accounts (employees), of opportunities (amount), of cases (priority High) and of tasks (subject)
     * through the SOAP API, as users would; adds the accounts whose records were edited to {@code touched}.
     */
    private static int changeOnePercent(PartnerConnection connection, int accounts, int opportunities,
                                        java.util.Map<dev.tiersync.domain.behaviour.RelatedObject, Integer> related,
                                        Set<String> touched) throws ConnectionException {
        int changed = edit(connection, "SELECT Id, NumberOfEmployees FROM Account LIMIT " + accounts / 100, "Account",
                record -> record.setField("NumberOfEmployees", 1 + 7 * (record.getId().hashCode() & 0xffff)), touched);
        changed += edit(connection, "SELECT Id, AccountId FROM Opportunity LIMIT " + opportunities / 100, "Opportunity",
                record -> record.setField("Amount", 1000 + (record.getId().hashCode() & 0xffff)), touched);
        Integer cases = related.get(dev.tiersync.domain.behaviour.RelatedObject.CASES);
        if (cases != null && cases > 0) {
            changed += edit(connection, "SELECT Id, AccountId FROM Case LIMIT " + cases / 100, "Case",
                    record -> record.setField("Priority", "High"), touched);
        }
        Integer tasks = related.get(dev.tiersync.domain.behaviour.RelatedObject.TASKS);
        if (tasks != null && tasks > 0) {
            changed += edit(connection, "SELECT Id, AccountId FROM Task LIMIT " + tasks / 100, "Task",
                    record -> record.setField("Subject", "Call"), touched);
        }
        return changed;
    }

    private static Set<String> ids(PartnerConnection connection, String soql) throws ConnectionException {
        Set<String> ids = new HashSet<>();
        QueryResult page = connection.query(soql);
        while (true) {
            for (SObject record : page.getRecords()) {
                ids.add(record.getId());
            }
            if (page.isDone()) {
                return ids;
            }
            page = connection.queryMore(page.getQueryLocator());
        }
    }

    private static int edit(PartnerConnection connection, String soql, String type,
                            java.util.function.Consumer<SObject> change, Set<String> touched) throws ConnectionException {
        List<SObject> edits = new ArrayList<>();
        QueryResult page = connection.query(soql);
        while (true) {
            for (SObject record : page.getRecords()) {
                SObject edit = new SObject(type);
                edit.setId(record.getId());
                change.accept(edit);
                edits.add(edit);
                Object account = type.equals("Account") ? record.getId() : record.getField("AccountId");
                if (account != null) {
                    touched.add(account.toString());
                }
            }
            if (page.isDone()) {
                break;
            }
            page = connection.queryMore(page.getQueryLocator());
        }
        for (int from = 0; from < edits.size(); from += UPDATE) {
            connection.update(edits.subList(from, Math.min(edits.size(), from + UPDATE)).toArray(SObject[]::new));
        }
        return edits.size();
    }

    private static String awaitReady(Process emulator) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(emulator.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("READY ")) {
                return line.substring(6).strip();
            }
        }
        throw new IllegalStateException("the emulator process ended before it was ready");
    }
}

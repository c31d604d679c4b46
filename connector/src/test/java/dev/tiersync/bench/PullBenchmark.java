package dev.tiersync.bench;

import com.sforce.async.BatchInfo;
import com.sforce.async.BatchStateEnum;
import com.sforce.async.BulkConnection;
import com.sforce.async.ConcurrencyMode;
import com.sforce.async.ContentType;
import com.sforce.async.JobInfo;
import com.sforce.async.OperationEnum;
import com.sforce.soap.partner.Connector;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectorConfig;
import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.domain.catalog.OpportunityFields;
import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldSet;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.runtime.SyncRuntime;
import dev.tiersync.salesforce.OrgAccess;
import dev.tiersync.salesforce.OrgCredentials;
import dev.tiersync.salesforce.Secret;
import dev.tiersync.salesforce.resilience.ResilienceSettings;
import dev.tiersync.salesforce.wsc.WscSettings;
import dev.tiersync.store.JdbcSnapshotStore;
import dev.tiersync.store.StoreSettings;
import dev.tiersync.sync.Phase;
import dev.tiersync.sync.SyncJob;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncRequest;
import dev.tiersync.sync.SyncSettings;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Benchmark, not a test: TierSync's full pull into its snapshot against a bare force-wsc extract of the same
 * records to CSV, the way Salesforce's Data Loader extracts (one object after the other, one request at a time,
 * every record read into a row and written by a CSV writer), side by side against one emulated org in its own
 * process, alternating so both see the same machine. The extract uses TierSync's query page size (2,000) and PK
 * chunk size, so it sends the same requests; Data Loader's own default page is 500, which would only slow it.
 * Usage: {@code PullBenchmark ACCOUNTS soap|bulk ROUNDS}.
 */
public final class PullBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final List<FieldSet> OBJECTS = List.of(AccountFields.ALL, OpportunityFields.ALL);

    private PullBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        boolean bulk = args.length > 1 && args[1].equals("bulk");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<String> command = new ArrayList<>(List.of("java", "-Xmx6g"));
        String profile = System.getProperty("bench.emulatorProfile", "");
        if (!profile.isEmpty()) {
            command.add("-XX:FlightRecorderOptions:stackdepth=256");
            command.add("-XX:StartFlightRecording=filename=" + profile + ",settings=profile");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), EmulatorProcess.class.getName(),
                Integer.toString(accounts), "7", AS_OF.toString(), "", Long.toString(Long.getLong("bench.latencyMs", 0))));
        Process emulator = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String loginUrl = awaitReady(emulator);
            System.out.printf("%s pull of %,d accounts, heap cap %,d MB, %d cores; emulator in its own process, every answer "
                            + "held back %d ms%n", bulk ? "Bulk API" : "SOAP", accounts, Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors(), Long.getLong("bench.latencyMs", 0));
            Path directory = Files.createTempDirectory(Path.of("target"), "pull-bench");
            List<Double> ratios = new ArrayList<>();
            CpuClock cpu = new CpuClock(emulator.toHandle());
            for (int round = 1; round <= rounds; round++) {
                CpuClock.Mark before = cpu.mark();
                Timing extract = bulk ? bulkExtract(loginUrl, directory) : soapExtract(loginUrl, directory);
                CpuClock.Mark between = cpu.mark();
                CpuClock.Mark[] pullEnd = new CpuClock.Mark[1];
                Timing pull = tierSyncPull(loginUrl, directory.resolve("snapshot-" + round), bulk, cpu, pullEnd);
                CpuClock.Mark after = pullEnd[0];
                double ratio = pull.recordsPerSecond() / extract.recordsPerSecond();
                ratios.add(ratio);
                System.out.printf("round %d: bare extract to CSV %,d records in %.2f s (%,.0f/s, %,d calls); "
                                + "TierSync pull into its snapshot %,d records in %.2f s (%,.0f/s, %,d calls); ratio %.2fx%n",
                        round, extract.records(), extract.seconds(), extract.recordsPerSecond(), extract.calls(),
                        pull.records(), pull.seconds(), pull.recordsPerSecond(), pull.calls(), ratio);
                System.out.printf("  CPU seconds: extract %s; TierSync up to the pull's end %s%n", between.since(before),
                        after.since(between));
            }
            ratios.sort(Comparator.naturalOrder());
            System.out.printf("median ratio (TierSync records/s over the bare extract's) %.2fx over %d rounds%n",
                    ratios.get(ratios.size() / 2), rounds);
        } finally {
            emulator.getOutputStream().close();
            emulator.destroy();
            emulator.waitFor(60, java.util.concurrent.TimeUnit.SECONDS); // a recording is written as it exits
        }
    }

    /** A full pull into a fresh snapshot, as a first run does: the pull phase of a dry run. */
    private static Timing tierSyncPull(String loginUrl, Path snapshot, boolean bulk, CpuClock cpu, CpuClock.Mark[] pullEnd) {
        SyncSettings.Builder settings = SyncSettings.custom().pullStreams(Integer.getInteger("bench.streams", 3));
        if (!bulk) {
            settings.bulkThresholds(Integer.MAX_VALUE, Integer.MAX_VALUE);
        }
        OrgAccess org = new OrgAccess("bench", new OrgCredentials(URI.create(loginUrl), EmulatorSettings.DEFAULT_USERNAME,
                Secret.of(EmulatorSettings.DEFAULT_PASSWORD)));
        System.gc();
        try (JdbcSnapshotStore store = JdbcSnapshotStore.open(StoreSettings.embedded(snapshot))) {
            dev.tiersync.sync.SnapshotStore used = Boolean.getBoolean("bench.memory") ? new dev.tiersync.sync.InMemorySnapshotStore() : store;
            ResilienceSettings pacing = ResilienceSettings.defaults();
            pacing = new ResilienceSettings(pacing.maxAttempts(), pacing.initialBackoff(), pacing.failureRateThreshold(),
                    pacing.openFor(), Integer.getInteger("bench.callsPerSecond", pacing.callsPerSecond()));
            SyncJob job = SyncRuntime.builder().sync(settings.build()).resilience(pacing).store(used).build()
                    .job(SegmentationConfig.defaults());
            // the CPU is marked as the load phase begins: the pull's end, before the assessment
            SyncReport report = job.run(org, new SyncRequest(AS_OF, true, false, true), dev.tiersync.sync.WritePermit.ALWAYS,
                    new dev.tiersync.sync.SyncListener() {
                        @Override
                        public void phase(Phase phase) {
                            if (phase == Phase.LOAD) {
                                pullEnd[0] = cpu.mark();
                            }
                        }
                    });
            if (report.run().error() != null) {
                throw new IllegalStateException("the pull failed: " + report.run().error());
            }
            double seconds = report.phases().get(Phase.PULL).toNanos() / 1e9;
            return new Timing(report.pull().accounts() + report.pull().opportunities(), seconds, report.api().calls());
        }
    }

    /** Query and queryMore of each object, each record's fields written as a CSV row. */
    private static Timing soapExtract(String loginUrl, Path directory) throws Exception {
        System.gc();
        long start = System.nanoTime();
        PartnerConnection connection = Connector.newConnection(config(loginUrl));
        connection.setQueryOptions(WscSettings.defaults().queryBatchSize());
        int calls = 1;
        int records = 0;
        for (FieldSet object : OBJECTS) {
            List<String> fields = apiNames(object);
            try (Writer out = Files.newBufferedWriter(directory.resolve(object.object() + ".csv"), StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(fields.toArray(String[]::new)).get())) {
                QueryResult page = connection.query(select(object, fields));
                calls++;
                while (true) {
                    for (SObject record : page.getRecords()) {
                        for (String field : fields) {
                            Object value = record.getField(field);
                            csv.print(value == null ? "" : value.toString());
                        }
                        csv.println();
                        records++;
                    }
                    if (page.isDone()) {
                        break;
                    }
                    page = connection.queryMore(page.getQueryLocator());
                    calls++;
                }
            }
        }
        connection.logout();
        calls++;
        return new Timing(records, (System.nanoTime() - start) / 1e9, calls);
    }

    /** A PK-chunked Bulk query job per object, every chunk's result read row by row and written by a CSV writer. */
    private static Timing bulkExtract(String loginUrl, Path directory) throws Exception {
        System.gc();
        long start = System.nanoTime();
        PartnerConnection connection = Connector.newConnection(config(loginUrl));
        int calls = 1;
        int records = 0;
        for (FieldSet object : OBJECTS) {
            List<String> fields = apiNames(object);
            BulkConnection bulk = bulk(connection);
            bulk.addHeader("Sforce-Enable-PKChunking", "chunkSize=" + WscSettings.DEFAULT_PK_CHUNK_SIZE);
            JobInfo job = new JobInfo();
            job.setObject(object.object());
            job.setOperation(OperationEnum.query);
            job.setContentType(ContentType.CSV);
            job.setConcurrencyMode(ConcurrencyMode.Parallel);
            job = bulk.createJob(job);
            BatchInfo original = bulk.createBatchFromStream(job,
                    new ByteArrayInputStream(select(object, fields).getBytes(StandardCharsets.UTF_8)));
            calls += 2;
            bulk = bulk(connection);
            List<BatchInfo> chunks;
            while (true) {
                BatchInfo[] batches = bulk.getBatchInfoList(job.getId()).getBatchInfo();
                calls++;
                chunks = new ArrayList<>();
                boolean pending = false;
                for (BatchInfo batch : batches) {
                    if (batch.getState() == BatchStateEnum.Completed) {
                        chunks.add(batch);
                    } else if (batch.getState() == BatchStateEnum.Failed) {
                        throw new IllegalStateException("batch " + batch.getId() + " failed: " + batch.getStateMessage());
                    } else if (!batch.getId().equals(original.getId())) {
                        pending = true;
                    }
                }
                if (!pending && !chunks.isEmpty()) {
                    break;
                }
                Thread.sleep(200);
            }
            try (Writer out = Files.newBufferedWriter(directory.resolve(object.object() + ".csv"), StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(fields.toArray(String[]::new)).get())) {
                for (BatchInfo chunk : chunks) {
                    String[] results = bulk.getQueryResultList(job.getId(), chunk.getId()).getResult();
                    calls++;
                    for (String result : results) {
                        try (InputStream in = bulk.getQueryResultStream(job.getId(), chunk.getId(), result);
                             CSVParser rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                                     .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                            calls++;
                            for (CSVRecord row : rows) {
                                for (String field : fields) {
                                    csv.print(row.get(field));
                                }
                                csv.println();
                                records++;
                            }
                        }
                    }
                }
            }
            bulk.closeJob(job.getId());
            calls++;
        }
        connection.logout();
        calls++;
        return new Timing(records, (System.nanoTime() - start) / 1e9, calls);
    }

    private static ConnectorConfig config(String loginUrl) {
        ConnectorConfig config = new ConnectorConfig();
        config.setAuthEndpoint(loginUrl + WscSettings.SOAP_PATH);
        config.setUsername(EmulatorSettings.DEFAULT_USERNAME);
        config.setPassword(EmulatorSettings.DEFAULT_PASSWORD);
        return config;
    }

    private static BulkConnection bulk(PartnerConnection connection) throws Exception {
        ConnectorConfig config = new ConnectorConfig();
        config.setSessionId(connection.getConfig().getSessionId());
        String soap = connection.getConfig().getServiceEndpoint();
        config.setRestEndpoint(soap.substring(0, soap.indexOf("Soap/")) + "async/" + WscSettings.API_VERSION);
        return new BulkConnection(config);
    }

    private static List<String> apiNames(FieldSet object) {
        return object.all().stream().map(Field::apiName).toList();
    }

    private static String select(FieldSet object, List<String> fields) {
        return "SELECT " + fields.stream().collect(Collectors.joining(", ")) + " FROM " + object.object();
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

    /** CPU time used by this process (the client side) and by the emulator's process, from one mark to the next. */
    private record CpuClock(ProcessHandle emulator) {

        record Mark(long wallNanos, long clientNanos, long emulatorNanos) {
            String since(Mark before) {
                double wall = (wallNanos - before.wallNanos) / 1e9;
                double client = (clientNanos - before.clientNanos) / 1e9;
                double served = (emulatorNanos - before.emulatorNanos) / 1e9;
                return String.format("client %.2f, emulator %.2f, together %.2f of the %.2f the %d cores had in %.2f s",
                        client, served, client + served, wall * Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().availableProcessors(), wall);
            }
        }

        Mark mark() {
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long served = emulator.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
            return new Mark(System.nanoTime(), os.getProcessCpuTime(), served);
        }
    }

    private record Timing(int records, double seconds, int calls) {
        double recordsPerSecond() {
            return records / seconds;
        }
    }
}

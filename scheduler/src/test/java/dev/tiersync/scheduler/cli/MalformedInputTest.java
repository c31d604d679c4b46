package dev.tiersync.scheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.scheduler.TierSyncApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Malformed input, table by table: the command line, the files it reads (rules, settings, Data Loader CSVs),
 * {@code serve}'s settings and the REST API. Each is refused with its exit code or HTTP status and one message
 * that names what to fix, never a stack trace.
 */
class MalformedInputTest {

    private static final Map<String, String> PASSWORD = Map.of("TIERSYNC_PASSWORD", "p");
    private static final String LOGIN = "http://127.0.0.1:9";
    private static Path files;
    private static ServerSocket taken;
    private static ConfigurableApplicationContext server;
    private static final String ADMIN = "ada:admin-pa55";

    @BeforeAll
    static void prepare() throws IOException {
        Files.createDirectories(Path.of("target"));
        files = Files.createTempDirectory(Path.of("target"), "malformed");
        taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
    }

    @AfterAll
    static void cleanUp() throws IOException {
        taken.close();
        if (server != null) {
            server.close();
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(files);
    }

    /** A command line, its environment, and what it must answer. */
    record Case(List<String> arguments, Map<String, String> environment, int exitCode, String names) {
    }

    static Stream<Arguments> commandLines() throws IOException {
        prepareFiles();
        List<Arguments> cases = new ArrayList<>();
        // the command line itself
        add(cases, "run without a login URL", 2, "--login-url", Map.of(), "run", "--username", "u");
        add(cases, "run with a login URL that has a path", 2, "login", PASSWORD, "run", "--login-url",
                "https://login.salesforce.com/services/Soap/u/65.0", "--username", "u");
        add(cases, "run with a login URL that is not one", 2, "login", PASSWORD, "run", "--login-url", "not a url", "--username", "u");
        add(cases, "run without the password variable", 2, "TIERSYNC_PASSWORD", Map.of(), "run", "--login-url", LOGIN,
                "--username", "u");
        add(cases, "run --as-of after today", 2, "give a day from 1900-01-01 to today", PASSWORD, "run", "--login-url", LOGIN,
                "--username", "u", "--as-of", "2999-01-01");
        add(cases, "run --as-of in year 1", 2, "before any data", PASSWORD, "run", "--login-url", LOGIN, "--username", "u",
                "--as-of", "0001-01-01");
        add(cases, "run --as-of not a date", 2, "'2025-13-45' is not a day: give YYYY-MM-DD", PASSWORD, "run", "--login-url", LOGIN, "--username", "u",
                "--as-of", "2025-13-45");
        add(cases, "run --snapshot-db of another database", 2, "jdbc:h2:", PASSWORD, "run", "--login-url", LOGIN,
                "--username", "u", "--snapshot-db", "jdbc:mysql://db/tiersync");
        add(cases, "run --snapshot-db in a folder that cannot be made", 2, "cannot create the folder /proc/tiersync-nope",
                PASSWORD, "run", "--login-url", LOGIN, "--username", "u", "--snapshot-db", "jdbc:h2:file:/proc/tiersync-nope/x");
        add(cases, "run --snapshot-db an empty file", 2, "is empty (0 bytes)", PASSWORD, "run", "--login-url", LOGIN,
                "--username", "u", "--snapshot-db", "jdbc:h2:file:" + files.resolve("empty"));
        add(cases, "run --jwt-consumer-key without the key file", 2, "--jwt-key-file", Map.of(), "run", "--login-url", LOGIN,
                "--username", "u", "--jwt-consumer-key", "key");
        add(cases, "run --jwt-key-file that is missing", 2, "cannot read", Map.of(), "run", "--login-url", LOGIN,
                "--username", "u", "--jwt-consumer-key", "key", "--jwt-key-file", files.resolve("missing.pem").toString());
        add(cases, "run --jwt-key-file that is not a key", 2, "PEM", Map.of(), "run", "--login-url", LOGIN,
                "--username", "u", "--jwt-consumer-key", "key", "--jwt-key-file", files.resolve("not-a-key.pem").toString());
        add(cases, "run --trust-store that is missing", 2, "trust", PASSWORD, "run", "--login-url", LOGIN, "--username", "u",
                "--trust-store", files.resolve("missing.pem").toString());
        add(cases, "run with an unknown flag", 2, "--bogus", PASSWORD, "run", "--login-url", LOGIN, "--username", "u", "--bogus");
        add(cases, "an unknown command", 2, "frobnicate", Map.of(), "frobnicate");
        add(cases, "demo --as-of after today", 2, "after today", Map.of(), "demo", "--as-of", "2999-01-01");
        add(cases, "demo --as-of a word", 2, "--as-of", Map.of(), "demo", "--as-of", "yesterday");
        add(cases, "demo --dataset that is missing", 2, "missing-folder", Map.of(), "demo", "--dataset",
                files.resolve("missing-folder").toString());
        add(cases, "metadata without --out", 2, "--out", Map.of(), "metadata");
        add(cases, "metadata --out naming a file", 2, "--out", Map.of(), "metadata", "--out", files.resolve("a-file").toString());
        add(cases, "metadata --out where no folder can be made", 2, "--out", Map.of(), "metadata", "--out", "/proc/tiersync-nope");
        add(cases, "emulator --port a word", 2, "--port", Map.of(), "emulator", "--port", "eighty");
        add(cases, "emulator --port in use", 2, "port " + taken.getLocalPort() + ": it is in use", Map.of(), "emulator",
                "--port", String.valueOf(taken.getLocalPort()));
        add(cases, "emulator --data that is missing", 2, "missing-folder", Map.of(), "emulator", "--port", "0", "--data",
                files.resolve("missing-folder").toString());
        // rules files
        rules(cases, "rules YAML with a syntax error", "tiersync:\n  segmentation:\n    tiers: [oops\n", "is not valid YAML at line");
        rules(cases, "rules YAML with a tab", "tiersync:\n\tsegmentation: {}\n", "is not valid YAML at line");
        rules(cases, "rules key mistyped", "tiersync:\n  segmentation:\n    tiers:\n      methd: pareto\n",
                "did you mean tiersync.segmentation.tiers.method?");
        rules(cases, "rules without the tiersync root", "segmentation:\n  tiers:\n    method: pareto\n", "'tiersync:' root");
        rules(cases, "rules section mistyped", "tiersync:\n  segmentaton:\n    tiers:\n      method: pareto\n",
                "did you mean tiersync.segmentation?");
        rules(cases, "rules method unknown", "tiersync:\n  segmentation:\n    tiers:\n      method: magic\n",
                "tiersync.segmentation.tiers.method 'magic' is not one of pareto");
        rules(cases, "rules days a word", "tiersync:\n  segmentation:\n    tiers:\n      new-customer-days: ninety\n",
                "tiersync.segmentation.tiers.new-customer-days 'ninety' is not a whole number");
        rules(cases, "rules weights not adding up", "tiersync:\n  segmentation:\n    tiers:\n      weighted:\n        weights:\n"
                + "          value: 0.3\n", "must add up to 1");
        rules(cases, "rules weight of an unknown dimension", "tiersync:\n  segmentation:\n    tiers:\n      weighted:\n"
                + "        weights:\n          charm: 1.0\n", "charm");
        rules(cases, "rules number a word", "tiersync:\n  segmentation:\n    value:\n      growth-bonus: lots\n",
                "tiersync.segmentation.value.growth-bonus 'lots' is not a number");
        add(cases, "rules file missing", 2, "does not exist", Map.of(), "metadata", "--out", files.resolve("out").toString(),
                "--rules", files.resolve("missing.yml").toString());
        // settings files
        settings(cases, "settings chunk size too big", "tiersync:\n  sync:\n    write-chunk-size: 500\n", "write-chunk-size");
        settings(cases, "settings key mistyped", "tiersync:\n  sync:\n    write-chunk-sise: 100\n",
                "did you mean tiersync.sync.write-chunk-size?");
        settings(cases, "settings brake share a word", "tiersync:\n  sync:\n    brake-share: half\n",
                "tiersync.sync.brake-share 'half' is not a number");
        settings(cases, "settings objects at once too many", "tiersync:\n  sync:\n    pull-objects-at-once: 12\n",
                "tiersync.sync.pull-objects-at-once must be 1 to 8, was 12");
        settings(cases, "settings attempts a word", "tiersync:\n  resilience:\n    max-attempts: zero\n",
                "tiersync.resilience.max-attempts 'zero' is not a whole number");
        settings(cases, "settings duration a phrase", "tiersync:\n  sync:\n    pull-overlap: ten minutes\n",
                "tiersync.sync.pull-overlap 'ten minutes' is not a duration");
        settings(cases, "settings write policy unknown", "tiersync:\n  sync:\n    write-policies:\n      Segment__c: sometimes\n",
                "sometimes");
        settings(cases, "settings batch size too small", "tiersync:\n  salesforce:\n    query-batch-size: 50\n", "query-batch-size");
        settings(cases, "settings syntax error", "tiersync:\n  sync: [\n", "is not valid YAML at line");
        settings(cases, "settings without the tiersync root", "sync:\n  write-chunk-size: 100\n", "'tiersync:' root");
        settings(cases, "settings of another section mistyped", "tiersync:\n  resilence:\n    max-attempts: 3\n",
                "did you mean tiersync.resilience?");
        // Data Loader CSV folders
        dataset(cases, "an Account.csv with an unclosed quote", "Id,Name\n001000000000001AAA,\"Acme\n", null, "Account.csv line 2");
        dataset(cases, "a Latin-1 Account.csv", "Id,Name\n001000000000001AAA,M\u00fcller\n", null, "not UTF-8");
        dataset(cases, "an Account.csv separated by semicolons", "Id;Name\n001000000000001AAA;Acme\n", null, "semicolons");
        dataset(cases, "a folder without Opportunity.csv", "Id,Name\n001000000000001AAA,Acme\n", null, "Opportunity.csv");
        dataset(cases, "an Account.csv without an Id column", "Name\nAcme\n", OPPORTUNITIES_HEADER, "Id");
        dataset(cases, "an Amount that is a word", ACCOUNT, OPPORTUNITIES_HEADER
                + "006000000000001AAA,001000000000001AAA,Deal,Closed Won,abc,2017-03-01\n", "Amount");
        dataset(cases, "a CloseDate of 31 February", ACCOUNT, OPPORTUNITIES_HEADER
                + "006000000000001AAA,001000000000001AAA,Deal,Closed Won,10,31/02/2017\n", "CloseDate");
        dataset(cases, "an Id that is not a Salesforce id", "Id,Name\nBAD,Acme\n", OPPORTUNITIES_HEADER, "BAD");
        dataset(cases, "a Name of 300 characters", "Id,Name\n001000000000001AAA," + "N".repeat(300) + "\n", OPPORTUNITIES_HEADER,
                "Name");
        dataset(cases, "an opportunity of an unknown account", ACCOUNT, OPPORTUNITIES_HEADER
                + "006000000000001AAA,001000000000009AAA,Deal,Closed Won,10,2017-03-01\n", "001000000000009AAA");
        // serve's settings
        serve(cases, "serve key mistyped", "did you mean tiersync.schedule?", "--tiersync.schedul.cron=0 0 3 * * ?");
        serve(cases, "serve cron not Quartz", "tiersync.schedule.cron 'every day' is not a valid Quartz cron expression",
                "--tiersync.schedule.cron=every day");
        serve(cases, "serve cron that never fires", "never fires", "--tiersync.schedule.cron=0 0 2 30 2 ?");
        serve(cases, "serve cron every second", "tiersync.schedule.minimum-interval", "--tiersync.schedule.cron=* * * * * ?");
        serve(cases, "serve zone unknown", "tiersync.schedule.time-zone 'Mars/Olympus' is not a time zone",
                "--tiersync.schedule.time-zone=Mars/Olympus");
        serve(cases, "serve minimum interval a word", "tiersync.schedule.minimum-interval 'soon' is not a duration",
                "--tiersync.schedule.minimum-interval=soon");
        serve(cases, "serve role unknown", "tiersync.security.users[0].role 'BOSS' is not one of admin, viewer",
                "--tiersync.security.users[0].name=ada", "--tiersync.security.users[0].password={bcrypt}x",
                "--tiersync.security.users[0].role=BOSS");
        serve(cases, "serve bcrypt hash malformed", "tiersync.security.users[0].password is not a well-formed bcrypt hash",
                "--tiersync.security.users[0].name=ada", "--tiersync.security.users[0].password={bcrypt}$2a$10$short",
                "--tiersync.security.users[0].role=ADMIN");
        serve(cases, "serve password in clear", "tiersync.security.users[0].password must be a hash",
                "--tiersync.security.users[0].name=ada", "--tiersync.security.users[0].password=hunter2",
                "--tiersync.security.users[0].role=ADMIN");
        serve(cases, "serve org name with a space", "lower-case letters, digits and dashes",
                "--tiersync.orgs[0].name=Bad Name", "--tiersync.orgs[0].login-url=" + LOGIN, "--tiersync.orgs[0].username=u",
                "--tiersync.orgs[0].password=p");
        serve(cases, "serve brake share a word", "tiersync.sync.brake-share 'much' is not a number", "--tiersync.sync.brake-share=much");
        serve(cases, "serve store of another database", "jdbc:h2:", "--tiersync.store.url=jdbc:mysql://db/tiersync");
        add(cases, "serve org without a password", 2, "TIERSYNC_PASSWORD_", Map.of(), "serve", "--server.port=0",
                "--tiersync.orgs[0].name=emea", "--tiersync.orgs[0].login-url=" + LOGIN, "--tiersync.orgs[0].username=u");
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandLines")
    void aMalformedInputIsOneLineNamingWhatToFixWithItsExitCode(Case input) {
        CliRun run = CliRun.of(input.environment(), input.arguments().toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(input.exitCode());
        assertThat(run.err()).contains(input.names());
        assertThat(run.err().strip().lines()).as("one line").hasSize(1);
        assertThat(run.err() + run.out()).doesNotContain("\tat ").doesNotContain("failed unexpectedly")
                .doesNotContain("Exception");
    }

    static Stream<Arguments> requests() {
        String longCron = "0 0 2 * * ? " + "2030,".repeat(30) + "2031";
        return Stream.of(
                request("limit -1", "GET", "/api/runs?limit=-1", null, 400, "limit"),
                request("limit a word", "GET", "/api/runs?limit=abc", null, 400, "limit"),
                request("limit zero", "GET", "/api/runs?limit=0", null, 400, "limit"),
                request("offset -3", "GET", "/api/runs?offset=-3", null, 400, "offset"),
                request("status unknown", "GET", "/api/runs?status=WEIRD", null, 400, "status"),
                request("dryRun a word", "GET", "/api/runs?dryRun=maybe", null, 400, "dryRun"),
                request("months a word", "GET", "/api/orgs/default/lift?months=abc", null, 400, "months"),
                request("months too many", "GET", "/api/orgs/default/lift?months=99", null, 400, "months"),
                request("months negative", "GET", "/api/orgs/default/lift?months=-1", null, 400, "months"),
                request("cron five fields", "PUT", "/api/orgs/default/schedule", "{\"cron\":\"0 2 * * *\"}", 400, "seconds first"),
                request("cron never fires", "PUT", "/api/orgs/default/schedule", "{\"cron\":\"0 0 2 * * ? 2020\"}", 400,
                        "never fires"),
                request("cron too long", "PUT", "/api/orgs/default/schedule", "{\"cron\":\"" + longCron + "\"}", 400, "at most 120"),
                request("cron every second", "PUT", "/api/orgs/default/schedule", "{\"cron\":\"* * * * * ?\"}", 400,
                        "tiersync.schedule.minimum-interval"),
                request("zone unknown", "PUT", "/api/orgs/default/schedule", "{\"cron\":\"0 0 3 * * ?\",\"timeZone\":\"Mars/X\"}",
                        400, "Mars/X"),
                request("body not JSON", "PUT", "/api/orgs/default/schedule", "cron=0 0 3 * * ?", 400, "JSON"),
                request("body without cron", "PUT", "/api/orgs/default/schedule", "{}", 400, "cron"),
                request("run unknown", "GET", "/api/runs/no-such-run", null, 404, "no-such-run"),
                request("org unknown", "GET", "/api/orgs/nobody/schedule", null, 404, "nobody"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void aMalformedRequestIsRefusedWithItsStatusAndAMessageNamingTheParameter(String method, String path, String body,
                                                                             int status, String names) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(ADMIN.getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }

        HttpResponse<String> answer = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.body()).startsWith("{\"error\":").contains(names).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static final String ACCOUNT = "Id,Name\n001000000000001AAA,Acme\n";
    private static final String OPPORTUNITIES_HEADER = "Id,AccountId,Name,StageName,Amount,CloseDate\n";

    private static void prepareFiles() throws IOException {
        Files.createFile(files.resolve("empty.mv.db"));
        Files.writeString(files.resolve("a-file"), "not a folder");
        Files.writeString(files.resolve("not-a-key.pem"), "hello");
    }

    private static void rules(List<Arguments> cases, String name, String yaml, String names) throws IOException {
        Path file = Files.writeString(files.resolve("rules-" + cases.size() + ".yml"), yaml);
        add(cases, name, 2, names, Map.of(), "metadata", "--out", files.resolve("out-" + cases.size()).toString(),
                "--rules", file.toString());
    }

    private static void settings(List<Arguments> cases, String name, String yaml, String names) throws IOException {
        Path file = Files.writeString(files.resolve("settings-" + cases.size() + ".yml"), yaml);
        add(cases, name, 2, names, PASSWORD, "run", "--login-url", LOGIN, "--username", "u", "--settings", file.toString());
    }

    private static void dataset(List<Arguments> cases, String name, String accounts, String opportunities, String names)
            throws IOException {
        Path folder = Files.createDirectories(files.resolve("dataset-" + cases.size()));
        Files.write(folder.resolve("Account.csv"), accounts.getBytes(name.contains("Latin-1") ? StandardCharsets.ISO_8859_1
                : StandardCharsets.UTF_8));
        if (opportunities != null) {
            Files.writeString(folder.resolve("Opportunity.csv"), opportunities);
        }
        add(cases, name, 2, names, Map.of(), "demo", "--dataset", folder.toString());
    }

    private static void serve(List<Arguments> cases, String name, String names, String... settings) {
        List<String> arguments = new ArrayList<>(List.of("serve", "--server.port=0", "--tiersync.org.login-url=" + LOGIN,
                "--tiersync.org.username=u", "--tiersync.org.password=p"));
        arguments.addAll(List.of(settings));
        add(cases, name, 2, names, Map.of(), arguments.toArray(String[]::new));
    }

    private static void add(List<Arguments> cases, String name, int exitCode, String names, Map<String, String> environment,
                            String... arguments) {
        cases.add(Arguments.of(Named.of(name, new Case(List.of(arguments), environment, exitCode, names))));
    }

    private static Arguments request(String name, String method, String path, String body, int status, String names) {
        return Arguments.of(Named.of(name, method), path, body, status, names);
    }

    private static synchronized int port() {
        if (server == null) {
            String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("admin-pa55");
            server = new SpringApplicationBuilder(TierSyncApplication.class).run("--server.port=0",
                    "--tiersync.store.url=jdbc:h2:mem:malformed-" + System.nanoTime(),
                    "--tiersync.org.login-url=" + LOGIN, "--tiersync.org.username=u", "--tiersync.org.password=p",
                    "--tiersync.schedule.cron=0 0 2 1 1 ?", "--tiersync.security.users[0].name=ada",
                    "--tiersync.security.users[0].password=" + hash, "--tiersync.security.users[0].role=ADMIN");
        }
        return Integer.parseInt(server.getEnvironment().getProperty("local.server.port"));
    }
}

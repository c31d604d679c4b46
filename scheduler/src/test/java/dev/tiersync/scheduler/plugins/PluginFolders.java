package dev.tiersync.scheduler.plugins;

import dev.tiersync.emulator.AccountKind;
import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.testdata.ExamplePlugin;
import dev.tiersync.testdata.PluginJarBuilder;
import dev.tiersync.testdata.TestPlugins;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plugins folders for the tests of {@code serve} and the command line: the example plugin with a technographics
 * file for a generated org (some accounts by Id, some by their website's domain), plugins that throw during a
 * run, run listeners, and plugins the host refuses at start.
 */
public final class PluginFolders {

    /** The segments of the tests' rules, a technographic one first, as the emulated org's Segment__c holds them. */
    public static final List<String> SEGMENTS = List.of("Competitor CRM", "Key Accounts", "Everyone Else");

    private PluginFolders() {
    }

    /** The rules: a competitor's CRM, then tiers A and B, then everyone else; as YAML laid out as tiersync.segmentation. */
    public static String rulesYaml() {
        return """
                tiersync:
                  segmentation:
                    segments:
                      - name: Competitor CRM
                        conditions:
                          - {condition: uses-technology, technology: "HubSpot, Pipedrive", category: crm}
                      - name: Key Accounts
                        tiers: [A, B]
                      - name: Everyone Else
                """;
    }

    /** The generated org, with Segment__c deployed for the tests' rules and the websites of every sixth account filled in. */
    public static EmulatedOrg org(OrgData data) {
        EmulatedOrg org = EmulatedOrg.start(EmulatorSettings.of(data).withPicklistValues("Account", "Segment__c", SEGMENTS));
        List<String> ids = accountIds(data);
        for (int i = 0; i < ids.size(); i += 6) {
            org.store().put("Account", ids.get(i), "Website", "https://www.firm" + i + ".example/about");
        }
        return org;
    }

    public static List<String> accountIds(OrgData data) {
        return data.records().get("Account").stream().map(row -> row.get("Id")).toList();
    }

    /**
     * A technographics file for the org: every fourth account on HubSpot by its 15-character Id, every sixth on
     * Pipedrive by its website's domain, every fifth on AWS by its 18-character Id.
     */
    public static Path technographics(Path dir, OrgData data) {
        List<String> ids = accountIds(data);
        List<String> lines = new ArrayList<>(List.of("account,technology,category,observed"));
        for (int i = 0; i < ids.size(); i++) {
            if (i % 4 == 0) {
                lines.add(ids.get(i).substring(0, 15) + ",HubSpot,crm,2025-02-0" + (1 + i % 9));
            }
            if (i % 6 == 0) {
                lines.add("firm" + i + ".example,Pipedrive,crm,2024-12-12");
            }
            if (i % 5 == 0) {
                lines.add(ids.get(i) + ",AWS,cloud,2024-10-01");
            }
        }
        return write(dir.resolve("technographics.csv"), String.join("\n", lines) + "\n");
    }

    /** The accounts on a competitor's CRM according to {@link #technographics}. */
    public static Set<String> onCompetitorCrm(OrgData data) {
        List<String> ids = accountIds(data);
        Set<String> found = new TreeSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (i % 4 == 0 || i % 6 == 0) {
                found.add(ids.get(i));
            }
        }
        return found;
    }

    /** A customer of the org, on which a plugin can fail (signals are called for customers only). */
    public static String aCustomer(OrgData data) {
        return accountIds(data).stream().filter(id -> data.kindOf(id).filter(kind -> kind != AccountKind.PROSPECT).isPresent())
                .skip(3).findFirst().orElseThrow();
    }

    public static Path folder(Path dir) {
        try {
            return Files.createDirectories(dir.resolve("plugins"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void example(Path plugins) {
        try {
            ExamplePlugin.copyInto(plugins);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code flaky}: an enricher of every account and a churn signal on every customer, which throws on {@code failOn}. */
    public static void flaky(Path plugins, String failOn) {
        TestPlugins.failingOn("flaky", failOn).buildIn(plugins);
    }

    /** {@code journal}: a run listener writing what it heard to its {@code out} setting; {@code notify}: one that throws. */
    public static void listeners(Path plugins) {
        PluginJarBuilder.aPlugin("journal")
                .contribution("run-listener", "journal", "com.example.journal.Journal", "out: {required: 'true'}")
                .source("com.example.journal.Journal", """
                        package com.example.journal;

                        import dev.tiersync.plugin.api.*;
                        import java.io.IOException;
                        import java.io.UncheckedIOException;
                        import java.nio.file.Files;
                        import java.nio.file.Path;

                        public final class Journal implements RunListener {
                            private final Path out;

                            public Journal(PluginContext context) {
                                this.out = Path.of(context.configuration().require("out"));
                            }

                            public void runFinished(RunSummary summary) {
                                try {
                                    Files.writeString(out, summary.org() + " " + summary.status() + " " + summary.accountsWritten()
                                            + " written, segments " + summary.segmentCounts());
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            }
                        }
                        """).buildIn(plugins);
        PluginJarBuilder.aPlugin("notify")
                .contribution("run-listener", "deaf", "com.example.notify.Deaf")
                .source("com.example.notify.Deaf", """
                        package com.example.notify;

                        import dev.tiersync.plugin.api.*;

                        public final class Deaf implements RunListener {
                            public void runFinished(RunSummary summary) {
                                throw new IllegalStateException("the webhook answered 500");
                            }
                        }
                        """).buildIn(plugins);
    }

    /** A plugin for plugin API 2, which this TierSync does not provide. */
    public static void wrongApiRange(Path plugins) {
        TestPlugins.singleDealChurn("future").api("[2.0,3.0)").buildIn(plugins);
    }

    /** A manifest that names an extension point TierSync does not have. */
    public static void badManifest(Path plugins) {
        TestPlugins.singleDealChurn("typo").manifest("""
                id: typo
                version: 1.0.0
                api: "[1.0,2.0)"
                contributions:
                  - {id: single-deal, point: churn-signals, class: com.example.typo.SingleDealChurn}
                """).buildIn(plugins);
    }

    /** Two jars of the plugin id {@code twin}. */
    public static void duplicateId(Path plugins) {
        TestPlugins.singleDealChurn("twin").fileName("twin-1.0.jar").buildIn(plugins);
        TestPlugins.singleDealChurn("twin").version("1.1.0").fileName("twin-1.1.jar").buildIn(plugins);
    }

    public static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

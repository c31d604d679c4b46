package dev.tiersync.emulator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiersync.emulator.StoredRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The store keeps rows encoded and finds them by id without a map of every id, yet reads as a store of text rows. */
class CompactStoreTest {

    private final InMemoryOrgStore store = new InMemoryOrgStore(Schema.standard(),
            new Clocks(Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC)));

    @Test
    void everyRecordOfAManyThousandsIsFoundByItsIdAndReadsBackAsLoaded() {
        List<Map<String, String>> loaded = new ArrayList<>();
        for (int i = 1; i <= 20_000; i++) {
            Map<String, String> row = account(SalesforceIds.of("001", "5g0000", i), "Account " + i + " ünïcødé");
            row.put("Description", i % 7 == 0 ? "" : "long ".repeat(i % 300));
            row.put("AnnualRevenue", i % 3 == 0 ? null : i + ".5");
            row.put("CreatedDate", "2024-01-01T00:00:00.000Z");
            store.insert("Account", row);
            loaded.add(row);
        }
        for (Map<String, String> row : loaded) {
            StoredRecord record = store.find(row.get("Id")).orElseThrow();
            row.forEach((field, value) -> assertThat(record.fields().get(field)).as(field).isEqualTo(value));
            assertThat(store.typeOf(row.get("Id"))).contains("Account");
        }
        assertThat(store.find(SalesforceIds.of("001", "5g0000", 20_001))).isEmpty();
        assertThat(store.typeOf(SalesforceIds.of("006", "5g0000", 1))).isEmpty();
        assertThat(store.typeOf("00")).isEmpty();
        assertThat(store.count("Account")).isEqualTo(20_000);
    }

    @Test
    void idsOfMoreInstancesThanATableGivesCodesAreFoundToo() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < RowCodec.HEADS + 1_000; i++) {
            ids.add(SalesforceIds.of("001", String.format("%06d", i), i));
            store.insert("Account", account(ids.get(i), "instance " + i));
        }
        for (int i = 0; i < ids.size(); i++) {
            assertThat(store.find(ids.get(i)).orElseThrow().fields()).containsEntry("Name", "instance " + i);
        }
        assertThat(store.typeOf(SalesforceIds.of("001", String.format("%06d", RowCodec.HEADS + 5), 1))).isEmpty();
    }

    @Test
    void aRecordWhoseIdHasAnotherObjectsKeyPrefixIsStillFoundAsItsOwnType() {
        store.insert("Opportunity", opportunity(SalesforceIds.of("006", "5g0000", 1), "006 as usual"));
        store.insert("Account", account("006FAKEACCOUNTID", "odd id"));
        store.insert("Account", account("x", "short id"));

        assertThat(store.typeOf("006FAKEACCOUNTID")).contains("Account");
        assertThat(store.find("006FAKEACCOUNTID").orElseThrow().fields()).containsEntry("Name", "odd id");
        assertThat(store.typeOf("x")).contains("Account");
        assertThat(store.typeOf(SalesforceIds.of("006", "5g0000", 1))).contains("Opportunity");
    }

    @Test
    void aDuplicateIdIsRefused() {
        store.insert("Account", account(SalesforceIds.of("001", "5g0000", 1), "first"));

        assertThatThrownBy(() -> store.insert("Account", account(SalesforceIds.of("001", "5g0000", 1), "again")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate Id");
    }

    @Test
    void aSnapshotKeepsTheRowsItSawWhileWritesReplaceThem() {
        String id = SalesforceIds.of("001", "5g0000", 1);
        store.insert("Account", account(id, "before"));
        int name = store.schema().object("Account").orElseThrow().position("Name");
        List<String[]> before = store.snapshot("Account", false);

        Map<Integer, String> change = new HashMap<>();
        change.put(name, "after ✓");
        store.apply(id, change);

        assertThat(before.get(0)[name]).isEqualTo("before");
        assertThat(store.snapshot("Account", false).get(0)[name]).isEqualTo("after ✓");
        // the clock stands still: the change is stamped a millisecond after the record was made
        assertThat(store.find(id).orElseThrow().fields().get("LastModifiedDate")).isEqualTo("2025-06-01T00:00:00.001Z");
    }

    @Test
    void aDeletedRowLeavesTheSnapshotButNotQueryAllNorTheStore() {
        String kept = SalesforceIds.of("001", "5g0000", 1);
        String gone = SalesforceIds.of("001", "5g0000", 2);
        store.insert("Account", account(kept, "kept"));
        store.insert("Account", account(gone, "gone"));
        List<String[]> before = store.snapshot("Account", false);

        store.delete(gone);

        int idColumn = store.schema().object("Account").orElseThrow().position("Id");
        assertThat(store.snapshot("Account", false)).extracting(row -> row[idColumn]).containsExactly(kept);
        assertThat(store.snapshot("Account", true)).extracting(row -> row[idColumn]).containsExactly(kept, gone);
        assertThat(before).hasSize(2);
        assertThat(store.isDeleted(gone)).isTrue();
        assertThat(store.isDeleted(kept)).isFalse();
        assertThat(store.typeOf(gone)).contains("Account");
        assertThat(store.count("Account")).isEqualTo(1);
    }

    @Test
    void recordsMadeThroughTheApiAreFoundByTheirNewIds() {
        String account = store.create("Account", Map.of("Name", "made"));
        String opportunity = store.create("Opportunity", Map.of("Name", "deal", "AccountId", account, "StageName",
                "Prospecting", "CloseDate", "2025-07-01"));
        store.insert("Account", account(SalesforceIds.of("001", "5g0000", 1), "loaded"));

        assertThat(store.typeOf(account)).contains("Account");
        assertThat(store.typeOf(opportunity)).contains("Opportunity");
        assertThat(store.find(opportunity).orElseThrow().fields()).containsEntry("AccountId", account)
                .containsEntry("CloseDate", "2025-07-01").containsEntry("CreatedDate", "2025-06-01T00:00:00.001Z");
    }

    @Test
    void anActivityTakesTheAccountOfTheRecordItIsAbout() {
        String account = SalesforceIds.of("001", "5g0000", 1);
        String deal = SalesforceIds.of("006", "5g0000", 1);
        store.insert("Account", account(account, "owner"));
        store.insert("Opportunity", opportunity(deal, "deal"));
        Map<String, String> task = new LinkedHashMap<>();
        task.put("Id", SalesforceIds.of("00T", "5g0000", 1));
        task.put("WhatId", deal);
        store.insert("Task", task);

        assertThat(store.find(task.get("Id")).orElseThrow().fields()).containsEntry("AccountId", account);
    }

    @Test
    void aQueryResultOrdersAndLimitsAsASortedStreamDoes() {
        for (int i = 1; i <= 500; i++) {
            store.insert("Account", account(SalesforceIds.of("001", "5g0000", i), "name " + (i * 37 % 50)));
        }
        ObjectSchema object = store.schema().object("Account").orElseThrow();
        int name = object.position("Name");
        int id = object.position("Id");
        Comparator<String[]> byName = Comparator.comparing(row -> row[name]);
        Rows rows = store.snapshot("Account", false);

        for (Integer limit : new Integer[] {null, 0, 1, 7, 499, 500, 501}) {
            List<String[]> expected = rows.stream().sorted(byName).limit(limit == null ? Long.MAX_VALUE : limit).toList();
            assertThat(rows.sorted(byName, limit)).extracting(row -> row[id])
                    .containsExactlyElementsOf(expected.stream().map(row -> row[id]).toList());
            assertThat(rows.sorted(byName.reversed(), limit)).extracting(row -> row[id])
                    .containsExactlyElementsOf(rows.stream().sorted(byName.reversed())
                            .limit(limit == null ? Long.MAX_VALUE : limit).map(row -> row[id]).toList());
        }
        assertThat(rows.reading(new int[] {id}).get(0)[name]).isNull();
        assertThat(rows.reading(new int[] {id}).get(0)[id]).isEqualTo(rows.get(0)[id]);
    }

    private static Map<String, String> account(String id, String name) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("Id", id);
        row.put("Name", name);
        return row;
    }

    private static Map<String, String> opportunity(String id, String name) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("Id", id);
        row.put("Name", name);
        row.put("AccountId", SalesforceIds.of("001", "5g0000", 1));
        row.put("StageName", "Prospecting");
        row.put("CloseDate", "2025-07-01");
        return row;
    }
}

package dev.tiersync.endtoend;

import static dev.tiersync.endtoend.SyncHarness.credentials;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiersync.domain.catalog.CaseFields;
import dev.tiersync.domain.catalog.ContactFields;
import dev.tiersync.domain.catalog.ContactRoleFields;
import dev.tiersync.domain.catalog.EventFields;
import dev.tiersync.domain.catalog.TaskFields;
import dev.tiersync.domain.fields.FieldSet;
import dev.tiersync.domain.fields.FieldValues;
import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.emulator.StoredRecord;
import dev.tiersync.emulator.junit.MutableClock;
import dev.tiersync.salesforce.OrgSession;
import dev.tiersync.salesforce.PullScope;
import dev.tiersync.salesforce.Pulled;
import dev.tiersync.salesforce.Route;
import dev.tiersync.salesforce.SalesforceRequestException;
import dev.tiersync.salesforce.wsc.WscSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Contact, Case, Task, Event and OpportunityContactRole pulled the way the sync pulls them, through force-wsc
 * against the emulator: SOAP query pages, Bulk API with PK chunking above the threshold, and queryAll of what
 * changed since a time, deletions included.
 */
class RelatedObjectsPullTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final Map<String, String> EDITABLE = Map.of("Case", "Subject", "Task", "Subject", "Event", "Location",
            "Contact", "Title", "OpportunityContactRole", "Role");
    private static final Map<String, String> EDITED_TO = Map.of("Case", "Edited", "Task", "Edited", "Event", "Edited",
            "Contact", "Edited", "OpportunityContactRole", "Influencer");

    private static final WscSettings SMALL_PAGES = new WscSettings(java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(60),
            200);

    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T06:00:00Z"));
    private EmulatedOrg org;

    static Stream<FieldSet> objects() {
        return Stream.of(CaseFields.ALL, TaskFields.ALL, EventFields.ALL, ContactFields.ALL, ContactRoleFields.ALL);
    }

    private void start(EmulatorSettings settings) {
        org = EmulatedOrg.start(settings.withClock(clock));
    }

    private EmulatorSettings engagedOrg() {
        return EmulatorSettings.of(OrgData.generateWithEngagement(220, 18, AS_OF));
    }

    @AfterEach
    void stop() {
        if (org != null) {
            org.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objects")
    void everyRecordArrivesOnceThroughSoapPagesAndThroughBulkWithPkChunking(FieldSet object) {
        start(engagedOrg());
        Set<String> inOrg = org.store().records(object.object()).stream().map(StoredRecord::id).collect(Collectors.toSet());
        assertThat(inOrg).as("more than one query page").hasSizeGreaterThan(SMALL_PAGES.queryBatchSize());

        List<Pulled<FieldValues>> soap = new ArrayList<>();
        // a Bulk pull hands the pages of chunks read at once from several threads
        List<Pulled<FieldValues>> bulk = java.util.Collections.synchronizedList(new ArrayList<>());
        Route soapRoute;
        Route bulkRoute;
        try (OrgSession session = session(SMALL_PAGES)) {
            soapRoute = session.pullRecords(object, PullScope.everything(1_000_000), soap::addAll);
        }
        try (OrgSession session = session(SMALL_PAGES.withPkChunkSize(inOrg.size() / 3 + 1))) {
            bulkRoute = session.pullRecords(object, PullScope.everything(10), bulk::addAll);
        }

        assertThat(soapRoute.bulk()).isFalse();
        assertThat(bulkRoute.bulk()).isTrue();
        assertThat(soap).extracting(Pulled::id).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(inOrg);
        assertThat(bulk).extracting(Pulled::id).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(inOrg);
        Map<String, FieldValues> bySoap = soap.stream().collect(Collectors.toMap(Pulled::id, Pulled::record));
        assertThat(bulk).allSatisfy(p -> assertThat(p.record()).isEqualTo(bySoap.get(p.id())));
        StoredRecord first = org.store().records(object.object()).get(0);
        FieldValues pulled = bySoap.get(first.id());
        for (dev.tiersync.domain.fields.Field<?> field : object.all()) {
            if (field.column().isPresent()) {
                String expected = normalised(field, first.get(field.apiName()));
                assertThat(text(field, pulled)).as(field.apiName()).isEqualTo(expected);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objects")
    void anIncrementalPullBringsWhatChangedAndWhatWasDeletedBySoapAndByBulk(FieldSet object) throws Exception {
        start(engagedOrg());
        clock.advance(Duration.ofHours(1));
        Instant since = clock.instant();
        clock.advance(Duration.ofMinutes(5));
        List<StoredRecord> records = org.store().records(object.object());
        String edited = records.get(1).id();
        String deleted = records.get(2).id();
        UserSession user = new UserSession(org);
        user.set(object.object(), edited, EDITABLE.get(object.object()), EDITED_TO.get(object.object()));
        user.delete(deleted);
        int queryAlls = org.calls().count("queryAll");

        List<Pulled<FieldValues>> soap = new ArrayList<>();
        // a Bulk pull hands the pages of chunks read at once from several threads
        List<Pulled<FieldValues>> bulk = java.util.Collections.synchronizedList(new ArrayList<>());
        Route bulkRoute;
        try (OrgSession session = session(SMALL_PAGES)) {
            session.pullRecords(object, PullScope.changedSince(since, 1_000_000), soap::addAll);
            // every record changed since long ago: more than a page, so the rest comes through a Bulk queryAll
            bulkRoute = session.pullRecords(object, PullScope.changedSince(Instant.parse("2000-01-01T00:00:00Z"), 10), bulk::addAll);
        }

        assertThat(org.calls().count("queryAll") - queryAlls).isEqualTo(2);
        assertThat(soap).extracting(Pulled::id).containsExactly(edited, deleted);
        assertThat(soap.get(0).deleted()).isFalse();
        assertThat(soap.get(1).deleted()).isTrue();
        assertThat(bulkRoute.bulk()).isTrue();
        assertThat(bulk).extracting(Pulled::id).doesNotHaveDuplicates().hasSize(records.size()).contains(edited, deleted);
        assertThat(bulk.stream().filter(Pulled::deleted)).extracting(Pulled::id).containsExactly(deleted);
    }

    @Test
    void describeListsTheObjectsTheUserCanReadAndAQueryOfADeniedOneIsRefused() {
        start(engagedOrg().withoutAccessTo("Case", "Task"));

        try (OrgSession session = session(WscSettings.defaults())) {
            assertThat(session.queryableObjects()).contains("Account", "Opportunity", "Event", "Contact", "OpportunityContactRole")
                    .doesNotContain("Case", "Task");
            assertThatThrownBy(() -> session.pullRecords(CaseFields.ALL, PullScope.everything(1_000_000), page -> { }))
                    .isInstanceOf(SalesforceRequestException.class).hasMessageContaining("Case");
            assertThatThrownBy(() -> session.pullRecords(TaskFields.ALL, PullScope.everything(1), page -> { }))
                    .isInstanceOf(SalesforceRequestException.class);
        }
    }

    private OrgSession session(WscSettings settings) {
        return SyncHarness.connector(settings).open(credentials(org));
    }

    /** The org's text of a value as the catalog formats it: datetimes and booleans as the catalog writes them. */
    private static String normalised(dev.tiersync.domain.fields.Field<?> field, String text) {
        if (text == null) {
            return null;
        }
        return format(field, text);
    }

    private static <T> String text(dev.tiersync.domain.fields.Field<T> field, FieldValues values) {
        T value = values.get(field);
        return value == null ? null : field.type().format(value);
    }

    private static <T> String format(dev.tiersync.domain.fields.Field<T> field, String text) {
        return field.type().format(field.type().parse(text));
    }
}

package dev.tiersync.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.StatusCode;
import com.sforce.soap.partner.fault.ExceptionCode;
import com.sforce.soap.partner.fault.UnexpectedErrorFault;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.bind.HTMLResponseException;
import dev.tiersync.emulator.junit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Failures and limits, each met through the real force-wsc client. */
class FaultsAndLimitsTest {

    private EmulatedOrg org;

    @AfterEach
    void stop() {
        if (org != null) {
            org.close();
        }
    }

    @Test
    void pastTheDailyLimitEveryCallGetsRequestLimitExceeded() throws ConnectionException {
        org = start(EmulatorSettings.of(data()).withDailyApiLimit(3));
        PartnerConnection connection = ForceWsc.connect(org);
        connection.query("SELECT Id FROM Account");
        connection.query("SELECT Id FROM Account");
        connection.query("SELECT Id FROM Account");

        assertThat(connection.getLimitInfoHeader().getLimitInfo()[0].getCurrent()).isEqualTo(3);
        assertThat(connection.getLimitInfoHeader().getLimitInfo()[0].getLimit()).isEqualTo(3);
        assertThatThrownBy(() -> connection.query("SELECT Id FROM Account"))
                .isInstanceOfSatisfying(UnexpectedErrorFault.class, fault -> {
                    assertThat(fault.getExceptionCode()).isEqualTo(ExceptionCode.REQUEST_LIMIT_EXCEEDED);
                    assertThat(fault.getExceptionMessage()).isEqualTo("TotalRequests Limit exceeded.");
                });
    }

    @Test
    void theDailyLimitCanBeReachedAfterAChosenNumberOfCalls() throws ConnectionException {
        org = start(EmulatorSettings.of(data()).withFaults(FaultPlan.none().withDailyLimitAfterCalls(2)));
        PartnerConnection connection = ForceWsc.connect(org);
        connection.query("SELECT Id FROM Account");
        connection.query("SELECT Id FROM Account");

        assertThatThrownBy(() -> connection.query("SELECT Id FROM Account")).isInstanceOf(UnexpectedErrorFault.class);
    }

    @Test
    void aSessionIdleLongerThanTheTimeoutIsInvalid() throws ConnectionException {
        MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
        org = start(EmulatorSettings.of(data()).withClock(clock).withSessionTimeout(Duration.ofMinutes(30)));
        PartnerConnection connection = ForceWsc.connect(org);
        connection.query("SELECT Id FROM Account");
        clock.advance(Duration.ofMinutes(31));

        assertThatThrownBy(() -> connection.query("SELECT Id FROM Account"))
                .isInstanceOfSatisfying(UnexpectedErrorFault.class,
                        fault -> assertThat(fault.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_SESSION_ID));
    }

    @Test
    void aSessionCanExpireAfterANumberOfCallsAndAFreshLoginWorks() throws ConnectionException {
        org = start(EmulatorSettings.of(data()).withFaults(FaultPlan.none().withSessionExpiryAfterCalls(2)));
        PartnerConnection connection = ForceWsc.connect(org);
        connection.query("SELECT Id FROM Account");
        connection.query("SELECT Id FROM Account");

        assertThatThrownBy(() -> connection.query("SELECT Id FROM Account")).isInstanceOf(UnexpectedErrorFault.class);
        assertThat(ForceWsc.connect(org).query("SELECT Id FROM Account").getSize()).isEqualTo(20);
    }

    @Test
    void lockFailuresHitTheConfiguredShareOfRecordsTheSameWayForTheSameSeed() throws ConnectionException {
        List<StatusCode> first = lockRun(7);
        List<StatusCode> again = lockRun(7);

        long locked = first.stream().filter(StatusCode.UNABLE_TO_LOCK_ROW::equals).count();
        assertThat(locked).isBetween(40L, 80L);
        assertThat(again).isEqualTo(first);
    }

    @Test
    void aValidationRuleRefusesTheChosenRecordsOnly() throws ConnectionException {
        OrgData data = data();
        String refused = firstAccountId(data);
        org = start(EmulatorSettings.of(data).withFaults(FaultPlan.none().withValidationFailures(Set.of(refused))));
        PartnerConnection connection = ForceWsc.connect(org);
        String other = org.store().records("Account").get(1).id();

        SaveResult[] results = connection.update(new SObject[] {tier(refused), tier(other)});

        assertThat(results[0].getErrors()[0].getStatusCode()).isEqualTo(StatusCode.FIELD_CUSTOM_VALIDATION_EXCEPTION);
        assertThat(results[0].getErrors()[0].getFields()).containsExactly("Tier__c");
        assertThat(results[1].isSuccess()).isTrue();
    }

    @Test
    void anUnavailableOrgAnswersWithAnHtmlMaintenancePage() throws ConnectionException {
        org = start(EmulatorSettings.of(data()));
        PartnerConnection connection = ForceWsc.connect(org);
        org.injectFaults(FaultPlan.none().withUnavailable(1.0));

        assertThatThrownBy(() -> connection.query("SELECT Id FROM Account")).isInstanceOf(HTMLResponseException.class);
    }

    @Test
    void aResetConnectionSurfacesAsAConnectionFailure() throws ConnectionException {
        org = start(EmulatorSettings.of(data()));
        PartnerConnection connection = ForceWsc.connect(org);
        org.injectFaults(FaultPlan.none().withResets(1.0));

        assertThatThrownBy(() -> connection.query("SELECT Id FROM Account")).isInstanceOf(ConnectionException.class);
    }

    @Test
    void aSlowAnswerArrivesAfterTheDelay() throws ConnectionException {
        org = start(EmulatorSettings.of(data()));
        PartnerConnection connection = ForceWsc.connect(org);
        org.injectFaults(FaultPlan.none().withSlowResponses(1.0, Duration.ofMillis(400)));

        long start = System.nanoTime();
        connection.query("SELECT Id FROM Account");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void everyWriteIsAudited() throws ConnectionException {
        org = start(EmulatorSettings.of(data()));
        String id = org.store().records("Account").get(0).id();

        ForceWsc.connect(org).update(new SObject[] {tier(id)});

        assertThat(org.audit()).singleElement().satisfies(entry -> {
            assertThat(entry.recordId()).isEqualTo(id);
            assertThat(entry.field()).isEqualTo("Tier__c");
            assertThat(entry.oldValue()).isNull();
            assertThat(entry.newValue()).isEqualTo("A");
            assertThat(entry.operation()).isEqualTo("update");
        });
    }

    private List<StatusCode> lockRun(long seed) throws ConnectionException {
        try (EmulatedOrg lockOrg = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(200, 3, LocalDate.of(2025, 1, 1)))
                .withFaults(FaultPlan.none().withSeed(seed).withLockFailures(0.3)))) {
            SObject[] records = lockOrg.store().records("Account").stream().map(r -> tier(r.id())).toArray(SObject[]::new);
            SaveResult[] results = ForceWsc.connect(lockOrg).update(records);
            return java.util.Arrays.stream(results)
                    .map(r -> r.isSuccess() ? StatusCode.ALREADY_IN_PROCESS : r.getErrors()[0].getStatusCode()).toList();
        }
    }

    private static OrgData data() {
        return OrgData.generate(20, 1, LocalDate.of(2025, 1, 1));
    }

    private static String firstAccountId(OrgData data) {
        return (String) data.records().get("Account").get(0).get("Id");
    }

    private static EmulatedOrg start(EmulatorSettings settings) {
        return EmulatedOrg.start(settings);
    }

    private static SObject tier(String id) {
        SObject record = new SObject("Account");
        record.setId(id);
        record.setField("Tier__c", "A");
        return record;
    }

    /** A clock tests move forward by hand. */
}

package dev.tiersync.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sforce.async.AsyncApiException;
import com.sforce.async.AsyncExceptionCode;
import com.sforce.async.BulkConnection;
import com.sforce.async.ContentType;
import com.sforce.async.JobInfo;
import com.sforce.async.OperationEnum;
import com.sforce.soap.partner.LoginResult;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.fault.ExceptionCode;
import com.sforce.soap.partner.fault.UnexpectedErrorFault;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every API version a current org serves, at the paths Salesforce accepts, over HTTPS through
 * force-wsc: Data Loader logs in at {@code host//services/Soap/u/64.0/}.
 */
class ApiVersionsAndPathsTest {

    private static EmulatedOrg org;

    @BeforeAll
    static void start() {
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(15, 8, LocalDate.of(2025, 1, 1)))
                .withHttps(EmulatorTls.selfSigned()));
    }

    @AfterAll
    static void stop() {
        org.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"31.0", "48.0", "64.0", "65.0"})
    void aLoginAtAnyServedVersionHandsOutTheServerUrlOfThatVersion(String version) throws Exception {
        PartnerConnection connection = ForceWsc.connectAt(org, org.loginUrl() + "/services/Soap/u/" + version);

        assertThat(connection.getConfig().getServiceEndpoint())
                .isEqualTo(org.loginUrl() + "/services/Soap/u/" + version + "/" + org.orgId());
        assertThat(connection.query("SELECT Id FROM Account").getSize()).isEqualTo(15);
    }

    @Test
    void aLoginAtADoubleSlashAndTrailingSlashPathWorksAsDataLoaderSendsIt() throws Exception {
        PartnerConnection connection = ForceWsc.connectAt(org, org.loginUrl() + "//services/Soap/u/64.0/");
        LoginResult login = connection.login(EmulatorSettings.DEFAULT_USERNAME, EmulatorSettings.DEFAULT_PASSWORD);

        assertThat(login.getServerUrl()).isEqualTo(org.loginUrl() + "/services/Soap/u/64.0/" + org.orgId());
        assertThat(connection.getUserInfo().getUserName()).isEqualTo(EmulatorSettings.DEFAULT_USERNAME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"30.0", "66.0", "64.5", "latest"})
    void aVersionTheOrgDoesNotServeGetsUnsupportedApiVersion(String version) {
        int before = org.calls().total();

        assertThatThrownBy(() -> ForceWsc.connectAt(org, org.loginUrl() + "/services/Soap/u/" + version))
                .isInstanceOfSatisfying(UnexpectedErrorFault.class, fault -> {
                    assertThat(fault.getExceptionCode()).isEqualTo(ExceptionCode.UNSUPPORTED_API_VERSION);
                    assertThat(fault.getExceptionMessage()).isEqualTo("Invalid Api version specified on URL");
                });
        assertThat(org.calls().total()).as("not an API call").isEqualTo(before);
    }

    @Test
    void bulkServesALowerVersionAndNamesItInTheJob() throws Exception {
        String session = ForceWsc.connect(org).getConfig().getSessionId();
        BulkConnection bulk = ForceWsc.bulk(org, org.loginUrl() + "//services/async/48.0/", session);

        JobInfo job = bulk.createJob(queryJob());

        assertThat(job.getApiVersion()).isEqualTo(48.0);
        assertThat(bulk.getJobStatus(job.getId()).getId()).isEqualTo(job.getId());
    }

    @Test
    void bulkAtAVersionTheOrgDoesNotServeGetsInvalidVersion() throws Exception {
        String session = ForceWsc.connect(org).getConfig().getSessionId();
        BulkConnection bulk = ForceWsc.bulk(org, org.loginUrl() + "/services/async/20.0", session);

        assertThatThrownBy(() -> bulk.createJob(queryJob())).isInstanceOfSatisfying(AsyncApiException.class,
                e -> assertThat(e.getExceptionCode()).isEqualTo(AsyncExceptionCode.InvalidVersion));
    }

    private static JobInfo queryJob() {
        JobInfo job = new JobInfo();
        job.setObject("Account");
        job.setOperation(OperationEnum.query);
        job.setContentType(ContentType.CSV);
        return job;
    }
}

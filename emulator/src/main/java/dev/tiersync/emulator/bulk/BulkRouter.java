package dev.tiersync.emulator.bulk;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.tiersync.emulator.faults.FaultInjector;
import dev.tiersync.emulator.soap.ApiGate;
import dev.tiersync.emulator.soap.RequestBodies;
import dev.tiersync.emulator.soap.CallCounter;
import dev.tiersync.emulator.soap.OrgContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers Bulk API 1.0 as force-wsc's BulkConnection calls it, under {@code /services/async/65.0/job}.
 * Every call needs the X-SFDC-Session header and counts as one API request; every answer carries
 * {@code Sforce-Limit-Info}.
 */
public final class BulkRouter implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "tiersync-bulk";
    static final Pattern PATH = Pattern.compile(
            "/services/async/65\\.0/job/?(?<job>[A-Za-z0-9]{15,18})?(?:/batch/?(?<batch>[A-Za-z0-9]{15,18})?"
                    + "(?:/result/?(?<result>[A-Za-z0-9]{15,18})?)?)?/?");
    private static final Logger log = LoggerFactory.getLogger(BulkRouter.class);

    private final BulkJobs jobs = new BulkJobs();
    private final CallCounter calls;
    private final ApiGate gate;
    private volatile OrgContext org;

    public BulkRouter(CallCounter calls, ApiGate gate) {
        this.calls = calls;
        this.gate = gate;
    }

    public void bind(OrgContext context) {
        this.org = context;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        Matcher path = PATH.matcher(request.getUrl().split("\\?")[0]);
        calls.record("bulk " + request.getMethod() + (path.matches() && path.group("batch") != null ? " batch" : " job"));
        FaultInjector.Transport transport = org.faults().transport();
        if (transport == FaultInjector.Transport.RESET) {
            return new ResponseDefinitionBuilder().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
        }
        if (transport == FaultInjector.Transport.UNAVAILABLE) {
            return new ResponseDefinitionBuilder().withStatus(503).withHeader("Content-Type", "text/html").withBody("Service Unavailable").build();
        }
        ApiGate.Usage usage;
        try {
            usage = gate.admit(request.getHeader("X-SFDC-Session"), org);
        } catch (ApiGate.Refused refused) {
            boolean session = refused.reason() == ApiGate.Refusal.INVALID_SESSION;
            return xml(session ? 400 : 403, BulkXml.error(session ? "InvalidSessionId" : "ExceededQuota",
                    session ? "Invalid session id" : refused.getMessage()), null);
        }
        try {
            if (!path.matches()) {
                throw new BulkException(404, "InvalidUrl", "Unknown Bulk API resource " + request.getUrl());
            }
            return route(request, path, usage);
        } catch (BulkException e) {
            return xml(e.status, BulkXml.error(e.code, e.getMessage()), usage);
        } catch (RuntimeException e) {
            log.error("emulator failed on {} {}", request.getMethod(), request.getUrl(), e);
            return xml(500, BulkXml.error("InternalServerError", "emulator error: " + e), usage);
        }
    }

    private ResponseDefinition route(Request request, Matcher path, ApiGate.Usage usage) {
        String job = path.group("job");
        String batch = path.group("batch");
        String result = path.group("result");
        boolean post = request.getMethod().equals(RequestMethod.POST);
        boolean batchPath = request.getUrl().contains("/batch");
        if (job == null) {
            requirePost(post);
            return xml(201, BulkXml.job(jobs.create(RequestBodies.text(request.getBody()), request.getHeader("Sforce-Enable-PKChunking"), org)), usage);
        }
        if (!batchPath) {
            return xml(200, BulkXml.job(post ? jobs.changeState(job, RequestBodies.text(request.getBody()), org) : jobs.job(job)), usage);
        }
        if (batch == null) {
            return post ? xml(201, BulkXml.batch(jobs.addBatch(job, RequestBodies.text(request.getBody()), org)), usage)
                    : xml(200, BulkXml.batchList(jobs.pollAll(job, org.clocks().now())), usage);
        }
        if (!request.getUrl().contains("/result")) {
            return xml(200, BulkXml.batch(jobs.poll(job, batch, org.clocks().now())), usage);
        }
        BulkBatch finished = jobs.finished(job, batch);
        if (result == null) {
            return finished.resultCsv != null ? csv(finished.resultCsv, usage) : xml(200, BulkXml.resultList(finished.resultIds), usage);
        }
        int index = finished.resultIds.indexOf(result);
        if (index < 0) {
            throw BulkException.invalidBatch("Unable to find result " + result + " of batch " + batch);
        }
        return csv(finished.resultFiles.get(index), usage);
    }

    private static void requirePost(boolean post) {
        if (!post) {
            throw new BulkException(405, "InvalidUrl", "Jobs are created with POST");
        }
    }

    private static ResponseDefinition xml(int status, String body, ApiGate.Usage usage) {
        return respond(status, "application/xml", body, usage);
    }

    private static ResponseDefinition csv(String body, ApiGate.Usage usage) {
        return respond(200, "text/csv", body, usage);
    }

    private static ResponseDefinition respond(int status, String contentType, String body, ApiGate.Usage usage) {
        ResponseDefinitionBuilder response = new ResponseDefinitionBuilder().withStatus(status)
                .withHeader("Content-Type", contentType).withBody(body);
        if (usage != null) {
            response.withHeader("Sforce-Limit-Info", "api-usage=" + usage.current() + "/" + usage.limit());
        }
        return response.build();
    }
}

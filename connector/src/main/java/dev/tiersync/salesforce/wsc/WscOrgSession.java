package dev.tiersync.salesforce.wsc;

import com.sforce.async.AsyncApiException;
import com.sforce.async.BulkConnection;
import com.sforce.soap.partner.DescribeGlobalResult;
import com.sforce.soap.partner.DescribeGlobalSObjectResult;
import com.sforce.soap.partner.DescribeSObjectResult;
import com.sforce.soap.partner.LimitInfo;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import dev.tiersync.domain.Account;
import dev.tiersync.domain.Opportunity;
import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.domain.catalog.OpportunityFields;
import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldSet;
import dev.tiersync.domain.fields.FieldValues;
import dev.tiersync.salesforce.AccountUpdate;
import dev.tiersync.salesforce.ApiUsage;
import dev.tiersync.salesforce.CallGuard;
import dev.tiersync.salesforce.CampaignMembership;
import dev.tiersync.salesforce.ContactLink;
import dev.tiersync.salesforce.NewRecord;
import dev.tiersync.salesforce.OrgSession;
import dev.tiersync.salesforce.PageSink;
import dev.tiersync.salesforce.PullScope;
import dev.tiersync.salesforce.Pulled;
import dev.tiersync.salesforce.Route;
import dev.tiersync.salesforce.SessionExpiredException;
import dev.tiersync.salesforce.WriteResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A logged-in Partner API connection. Every call goes through the org's {@link CallGuard}; a call
 * refused for an expired session logs in once more and is repeated. Calls may come from several threads at
 * once (a pull split into streams): the count of calls is atomic, and a session that expired under several of them
 * is renewed once.
 */
final class WscOrgSession implements OrgSession {

    private static final Logger log = LoggerFactory.getLogger(WscOrgSession.class);

    /** The route of a pull through SOAP query pages. */
    static final Route SOAP = new Route("SOAP", false);
    /** The route of a pull through a Bulk API query job. */
    static final Route BULK = new Route("BULK", true);

    static final long BULK_POLL_MILLIS = 200;
    /** Fresh logins one call may need when its session expires. */
    static final int RENEWALS = 2;

    private final Supplier<PartnerConnection> login;
    private final CallGuard guard;
    private final int pkChunkSize;
    private volatile PartnerConnection connection;
    private final java.util.concurrent.atomic.AtomicInteger apiCalls;
    private volatile ApiUsage usage;

    /** @param loginAttempts the login requests sent to open the session, each an API call the org counts */
    WscOrgSession(PartnerConnection connection, Supplier<PartnerConnection> login, CallGuard guard, int pkChunkSize, int loginAttempts) {
        this.pkChunkSize = pkChunkSize;
        this.apiCalls = new java.util.concurrent.atomic.AtomicInteger(loginAttempts);
        this.connection = connection;
        this.login = login;
        this.guard = guard;
    }

    @Override
    public Route pullAccounts(PullScope scope, List<String> orgFields, PageSink<Account> pages) {
        return pulls().pull(AccountFields.ALL, RecordMapper.beyondCatalog(AccountFields.ALL, orgFields), scope,
                values -> new Pulled<>(values.required(AccountFields.ID), RecordMapper.account(values, orgFields),
                        values.get(AccountFields.SYSTEM_MODSTAMP), Boolean.TRUE.equals(values.get(AccountFields.IS_DELETED))),
                pages);
    }

    @Override
    public java.util.Set<String> readableFields(String object) {
        DescribeSObjectResult described = call("describe of " + object, c -> c.describeSObject(object));
        java.util.Set<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (com.sforce.soap.partner.Field field : described.getFields()) {
            names.add(field.getName());
        }
        return java.util.Collections.unmodifiableSet(names);
    }

    @Override
    public Route pullOpportunities(PullScope scope, PageSink<Opportunity> pages) {
        return pulls().pull(OpportunityFields.ALL, List.of(), scope, values -> new Pulled<>(values.required(OpportunityFields.ID),
                RecordMapper.opportunity(values), values.get(OpportunityFields.SYSTEM_MODSTAMP),
                Boolean.TRUE.equals(values.get(OpportunityFields.IS_DELETED))), pages);
    }

    @Override
    public Route pullRecords(FieldSet fields, PullScope scope, PageSink<FieldValues> pages) {
        Field<?> id = system(fields, "Id");
        Field<?> modstamp = system(fields, "SystemModstamp");
        Field<?> deleted = system(fields, "IsDeleted");
        return pulls().pull(fields, List.of(), scope, values -> {
            FieldValues all = values.all(fields);
            return new Pulled<>((String) all.getRaw(id), all, (java.time.Instant) all.getRaw(modstamp),
                    Boolean.TRUE.equals(all.getRaw(deleted)));
        }, pages);
    }

    private static Field<?> system(FieldSet fields, String apiName) {
        return fields.find(apiName).orElseThrow(() -> new IllegalArgumentException(fields.object() + " fields lack " + apiName));
    }

    @Override
    public java.util.Set<String> queryableObjects() {
        DescribeGlobalResult global = call("describe of the org's objects", PartnerConnection::describeGlobal);
        java.util.Set<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (DescribeGlobalSObjectResult object : global.getSobjects()) {
            if (object.isQueryable()) {
                names.add(object.getName());
            }
        }
        return java.util.Collections.unmodifiableSet(names);
    }

    @Override
    public List<WriteResult> update(List<AccountUpdate> updates) {
        return writes().update(updates);
    }

    @Override
    public List<WriteResult> create(List<NewRecord> records) {
        return writes().create(records);
    }

    @Override
    public List<WriteResult> bulkCreate(List<NewRecord> records) {
        return records.isEmpty() ? List.of() : BulkInserts.run(this::bulkCall, records, BULK_POLL_MILLIS);
    }

    @Override
    public List<WriteResult> delete(List<String> ids) {
        return writes().delete(ids);
    }

    private SoapWrites writes() {
        return new SoapWrites(this::call);
    }

    @Override
    public List<String> idsBefore(Field<LocalDate> day, LocalDate before) {
        String soql = "SELECT Id FROM " + day.object() + " WHERE " + day.apiName() + " < " + before;
        String action = "query " + day.object();
        List<String> ids = new ArrayList<>();
        QueryResult page = call(action, c -> c.query(soql));
        while (true) {
            for (SObject record : page.getRecords()) {
                ids.add(record.getId());
            }
            if (page.isDone() || page.getQueryLocator() == null) {
                return ids;
            }
            String locator = page.getQueryLocator();
            page = call(action, c -> c.queryMore(locator));
        }
    }

    @Override
    public List<ContactLink> contacts() {
        return audiences().contacts();
    }

    @Override
    public java.util.Set<String> contactsWithRole(String role) {
        return audiences().contactsWithRole(role);
    }

    @Override
    public java.util.Map<String, String> campaignIds(java.util.Collection<String> names) {
        return names.isEmpty() ? java.util.Map.of() : audiences().campaignIds(names);
    }

    @Override
    public List<CampaignMembership> members(java.util.Collection<String> campaignIds) {
        return campaignIds.isEmpty() ? List.of() : audiences().members(campaignIds);
    }

    @Override
    public Optional<String> edgeId(String object, PullScope scope, boolean last) {
        return pulls().edgeId(object, scope, last);
    }

    private RecordPulls pulls() {
        return new RecordPulls(this::call, this::bulkCall, pkChunkSize);
    }

    private AudienceQueries audiences() {
        return new AudienceQueries(this::everyPage);
    }

    /** Every record a query matches, page after page. */
    private List<SObject> everyPage(String action, String soql) {
        List<SObject> records = new ArrayList<>();
        QueryResult page = call(action, c -> c.query(soql));
        while (true) {
            records.addAll(List.of(page.getRecords()));
            if (page.isDone() || page.getQueryLocator() == null) {
                return records;
            }
            String locator = page.getQueryLocator();
            page = call(action, c -> c.queryMore(locator));
        }
    }

    @Override
    public int bulkUpdateCalls(int updates) {
        return BulkUpdates.calls(updates);
    }

    @Override
    public List<WriteResult> bulkUpdate(List<AccountUpdate> updates) {
        return updates.isEmpty() ? List.of() : BulkUpdates.run(this::bulkCall, updates, BULK_POLL_MILLIS);
    }

    /** Sends a Bulk API request under the guard; an expired session gets one fresh login and one more try. */
    private <T> T bulkCall(String action, BulkCalls.Request<T> request) {
        return guarded(action, () -> bulkAttempt(action, request));
    }

    private <T> T bulkAttempt(String action, BulkCalls.Request<T> request) {
        apiCalls.incrementAndGet();
        try {
            return request.send(bulkConnection());
        } catch (AsyncApiException e) {
            throw FaultTranslator.translateBulk(action, e);
        }
    }

    /**
     * A Bulk API connection on the current session, made for each request: a header one request adds
     * (PK chunking on a query job) must not reach the next.
     */
    private BulkConnection bulkConnection() throws AsyncApiException {
        ConnectorConfig config = HttpClientConnectorConfig.onTheClientOf(connection.getConfig());
        config.setSessionId(connection.getConfig().getSessionId());
        String soap = connection.getConfig().getServiceEndpoint();
        config.setRestEndpoint(soap.substring(0, soap.indexOf("Soap/")) + "async/" + WscSettings.API_VERSION);
        config.setConnectionTimeout(connection.getConfig().getConnectionTimeout());
        config.setReadTimeout(connection.getConfig().getReadTimeout());
        config.setTraceMessage(false);
        return new BulkConnection(config);
    }

    /** Logs in again, unless another call already renewed the session that expired. */
    private synchronized void relogin(PartnerConnection expired) {
        if (connection == expired) {
            apiCalls.incrementAndGet();
            connection = login.get();
        }
    }

    /** Sends a request under the guard; an expired session gets one fresh login and one more try. */
    private <T> T call(String action, SoapCalls.Request<T> request) {
        return guarded(action, () -> attempt(action, request));
    }

    /**
     * Runs an attempt under the org's guard; an expired session gets a fresh login and another attempt. Calls run at
     * once share the session, so the renewed one may have expired too by the time the attempt is sent again: up to
     * {@link #RENEWALS} renewals a call.
     */
    private <T> T guarded(String action, Supplier<T> attempt) {
        return guard.call(action, () -> {
            for (int renewed = 0; ; renewed++) {
                PartnerConnection used = connection;
                long start = System.nanoTime();
                try {
                    T answer = attempt.get();
                    if (log.isDebugEnabled()) {
                        log.debug("{}: answered in {} ms", action, (System.nanoTime() - start) / 1_000_000);
                    }
                    return answer;
                } catch (SessionExpiredException e) {
                    if (renewed == RENEWALS) {
                        throw e;
                    }
                    log.info("{}: the session expired; logging in again", action);
                    relogin(used);
                }
            }
        });
    }

    private <T> T attempt(String action, SoapCalls.Request<T> request) {
        apiCalls.incrementAndGet();
        PartnerConnection on = connection;
        try {
            T result = request.send(on);
            recordUsage(on);
            return result;
        } catch (ConnectionException e) {
            throw FaultTranslator.translate(action, e);
        }
    }

    private void recordUsage(PartnerConnection on) {
        var header = on.getLimitInfoHeader();
        if (header != null && header.getLimitInfo() != null) {
            for (LimitInfo info : header.getLimitInfo()) {
                if ("API REQUESTS".equals(info.getType())) {
                    usage = new ApiUsage((int) info.getCurrent(), (int) info.getLimit());
                }
            }
        }
    }

    @Override
    public java.time.Instant serverTime() {
        return call("getServerTimestamp", c -> c.getServerTimestamp().getTimestamp().toInstant());
    }

    /** The org id is the last segment of the SOAP endpoint Salesforce hands out at login. */
    @Override
    public String orgId() {
        String endpoint = connection.getConfig().getServiceEndpoint();
        return endpoint.substring(endpoint.lastIndexOf('/') + 1);
    }

    @Override
    public int apiCalls() {
        return apiCalls.get();
    }

    @Override
    public Optional<ApiUsage> apiUsage() {
        return Optional.ofNullable(usage);
    }

    @Override
    public void close() {
        try {
            apiCalls.incrementAndGet();
            connection.logout();
        } catch (ConnectionException e) {
            log.debug("logout failed; the session expires on its own: {}", FaultTranslator.translate("logout", e).getMessage());
        }
    }
}

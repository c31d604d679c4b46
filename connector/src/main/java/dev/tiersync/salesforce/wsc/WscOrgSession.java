package dev.tiersync.salesforce.wsc;

import com.sforce.soap.partner.LimitInfo;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectionException;
import dev.tiersync.domain.Account;
import dev.tiersync.domain.Opportunity;
import dev.tiersync.salesforce.AccountUpdate;
import dev.tiersync.salesforce.ApiUsage;
import dev.tiersync.salesforce.CallGuard;
import dev.tiersync.salesforce.OrgSession;
import dev.tiersync.salesforce.SalesforceUnavailableException;
import dev.tiersync.salesforce.SessionExpiredException;
import dev.tiersync.salesforce.WriteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A logged-in Partner API connection. Every call goes through the org's {@link CallGuard}; a call
 * refused for an expired session logs in once more and is repeated. Not thread-safe: one sync uses
 * one session.
 */
final class WscOrgSession implements OrgSession {

    private static final Logger log = LoggerFactory.getLogger(WscOrgSession.class);

    static final long BULK_POLL_MILLIS = 200;

    private final Supplier<PartnerConnection> login;
    private final CallGuard guard;
    private PartnerConnection connection;
    private int apiCalls = 1; // the login
    private ApiUsage usage;

    /** A request on the connection. */
    @FunctionalInterface
    interface Request<T> {
        T send(PartnerConnection connection) throws ConnectionException;
    }

    WscOrgSession(PartnerConnection connection, Supplier<PartnerConnection> login, CallGuard guard) {
        this.connection = connection;
        this.login = login;
        this.guard = guard;
    }

    @Override
    public void readAccounts(Consumer<Account> sink) {
        readAll(AccountField.selectAll(), RecordMapper::account, sink);
    }

    @Override
    public void readOpportunities(Consumer<Opportunity> sink) {
        readAll(OpportunityField.selectAll(), RecordMapper::opportunity, sink);
    }

    private <T> void readAll(String soql, Function<SObject, T> mapper, Consumer<T> sink) {
        String action = "query " + soql.substring(soql.lastIndexOf(' ') + 1);
        QueryResult page = call(action, c -> c.query(soql));
        while (true) {
            for (SObject record : page.getRecords()) {
                sink.accept(mapper.apply(record));
            }
            if (page.isDone()) {
                return;
            }
            String locator = page.getQueryLocator();
            if (locator == null) {
                throw new SalesforceUnavailableException(FaultTranslator.UNEXPECTED_RESPONSE,
                        action + " failed: Salesforce said more records follow but sent no query locator", null);
            }
            page = call(action, c -> c.queryMore(locator));
        }
    }

    @Override
    public List<WriteResult> update(List<AccountUpdate> updates) {
        if (updates.size() > MAX_UPDATES_PER_CALL) {
            throw new IllegalArgumentException("one update call carries at most " + MAX_UPDATES_PER_CALL
                    + " records, was given " + updates.size());
        }
        if (updates.isEmpty()) {
            return List.of();
        }
        SObject[] records = updates.stream().map(RecordMapper::update).toArray(SObject[]::new);
        String action = "update of " + updates.size() + " Accounts";
        SaveResult[] saved = call(action, c -> c.update(records));
        if (saved.length != updates.size()) {
            throw new SalesforceUnavailableException(FaultTranslator.UNEXPECTED_RESPONSE, action + " failed: Salesforce sent "
                    + saved.length + " results", null);
        }
        List<WriteResult> results = new ArrayList<>(saved.length);
        for (int i = 0; i < saved.length; i++) {
            results.add(toWriteResult(updates.get(i).accountId(), saved[i]));
        }
        return results;
    }

    @Override
    public List<WriteResult> bulkUpdate(List<AccountUpdate> updates) {
        if (updates.isEmpty()) {
            return List.of();
        }
        return guard.call("bulk update of " + updates.size() + " Accounts", () -> {
            try {
                return bulkAttempt(updates);
            } catch (SessionExpiredException e) {
                log.info("bulk update: the session expired; logging in again");
                apiCalls++;
                connection = login.get();
                return bulkAttempt(updates);
            }
        });
    }

    private List<WriteResult> bulkAttempt(List<AccountUpdate> updates) {
        com.sforce.ws.ConnectorConfig config = new com.sforce.ws.ConnectorConfig();
        config.setSessionId(connection.getConfig().getSessionId());
        String soap = connection.getConfig().getServiceEndpoint();
        config.setRestEndpoint(soap.substring(0, soap.indexOf("Soap/")) + "async/" + WscSettings.API_VERSION);
        config.setConnectionTimeout(connection.getConfig().getConnectionTimeout());
        config.setReadTimeout(connection.getConfig().getReadTimeout());
        try {
            int batches = (updates.size() + BulkUpdates.BATCH_ROWS - 1) / BulkUpdates.BATCH_ROWS;
            apiCalls += 2 + 3 * batches; // create and close the job; per batch, add, poll at least once, results
            return BulkUpdates.run(new com.sforce.async.BulkConnection(config), updates, BULK_POLL_MILLIS);
        } catch (com.sforce.async.AsyncApiException e) {
            throw FaultTranslator.translateBulk("bulk update of " + updates.size() + " Accounts", e);
        }
    }

    /** Sends a request under the guard; an expired session gets one fresh login and one more try. */
    private <T> T call(String action, Request<T> request) {
        return guard.call(action, () -> {
            try {
                return attempt(action, request);
            } catch (SessionExpiredException e) {
                log.info("{}: the session expired; logging in again", action);
                apiCalls++;
                connection = login.get();
                return attempt(action, request);
            }
        });
    }

    private <T> T attempt(String action, Request<T> request) {
        apiCalls++;
        try {
            T result = request.send(connection);
            recordUsage();
            return result;
        } catch (ConnectionException e) {
            throw FaultTranslator.translate(action, e);
        }
    }

    private void recordUsage() {
        if (connection.getLimitInfoHeader() != null && connection.getLimitInfoHeader().getLimitInfo() != null) {
            for (LimitInfo info : connection.getLimitInfoHeader().getLimitInfo()) {
                if ("API REQUESTS".equals(info.getType())) {
                    usage = new ApiUsage((int) info.getCurrent(), (int) info.getLimit());
                }
            }
        }
    }

    private static WriteResult toWriteResult(String accountId, SaveResult result) {
        if (result.isSuccess()) {
            return WriteResult.ok(accountId);
        }
        if (result.getErrors() == null || result.getErrors().length == 0) {
            return WriteResult.failed(accountId, "UNKNOWN", "Salesforce rejected the record without saying why");
        }
        var error = result.getErrors()[0];
        String code = error.getStatusCode() == null ? "UNKNOWN" : error.getStatusCode().name();
        String fields = error.getFields() == null || error.getFields().length == 0 ? "" : " (fields: " + String.join(", ", error.getFields()) + ")";
        return WriteResult.failed(accountId, code, error.getMessage() + fields);
    }

    @Override
    public int apiCalls() {
        return apiCalls;
    }

    @Override
    public Optional<ApiUsage> apiUsage() {
        return Optional.ofNullable(usage);
    }

    @Override
    public void close() {
        try {
            apiCalls++;
            connection.logout();
        } catch (ConnectionException e) {
            log.debug("logout failed; the session expires on its own: {}", FaultTranslator.translate("logout", e).getMessage());
        }
    }
}

package dev.tiersync.salesforce.wsc;

import com.sforce.soap.partner.Connector;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import dev.tiersync.salesforce.Authentication;
import dev.tiersync.salesforce.CallGuard;
import dev.tiersync.salesforce.OrgAccess;
import dev.tiersync.salesforce.OrgConnector;
import dev.tiersync.salesforce.OrgCredentials;
import dev.tiersync.salesforce.OrgSession;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import java.util.function.Function;

/** Logs in with the SOAP Partner API's username-password login through force-wsc. */
public final class WscOrgConnector implements OrgConnector {

    private final WscSettings settings;
    private final Function<String, CallGuard> guards;
    private final JwtBearerLogin jwtLogin;
    private final CloseableHttpClient http;

    public WscOrgConnector(WscSettings settings) {
        this(settings, org -> CallGuard.NONE);
    }

    /** @param guards the call policy of each org, by its configured name, such as {@code GuardRegistry::guard} */
    public WscOrgConnector(WscSettings settings, Function<String, CallGuard> guards) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.guards = Objects.requireNonNull(guards, "guards");
        this.jwtLogin = new JwtBearerLogin(settings, java.time.Clock.systemUTC());
        this.http = HttpExchanges.client(settings);
    }

    @Override
    public OrgSession open(OrgAccess org) {
        OrgCredentials credentials = org.credentials();
        CallGuard guard = guards.apply(org.name());
        AtomicInteger attempts = new AtomicInteger();
        PartnerConnection connection = guard.call("login as " + credentials.username(), () -> {
            attempts.incrementAndGet();
            return login(credentials);
        });
        return new WscOrgSession(connection, () -> login(credentials), guard, settings.pkChunkSize(), attempts.get());
    }

    private PartnerConnection login(OrgCredentials credentials) {
        if (credentials.authentication() instanceof Authentication.JwtBearer jwt) {
            return loginWithToken(credentials, jwtLogin.login(credentials, jwt));
        }
        ConnectorConfig config = new HttpClientConnectorConfig(http);
        // The jar's default endpoint is a Salesforce-internal host: always set our own.
        config.setAuthEndpoint(credentials.loginUrl() + WscSettings.SOAP_PATH);
        config.setUsername(credentials.username());
        config.setPassword(credentials.password().reveal());
        config.setConnectionTimeout((int) settings.connectTimeout().toMillis());
        config.setReadTimeout((int) settings.readTimeout().toMillis());
        config.setTraceMessage(false);
        config.setPrettyPrintXml(false);
        try {
            PartnerConnection connection = Connector.newConnection(config);
            connection.setQueryOptions(settings.queryBatchSize());
            return connection;
        } catch (ConnectionException e) {
            throw FaultTranslator.translate("login as " + credentials.username() + " at " + credentials.loginUrl(), e);
        } finally {
            // The session id now carries the login; the password need not stay in memory with the connection.
            config.setPassword(null);
        }
    }

    /** A connection on an OAuth access token: the token is the session id, the instance the SOAP endpoint's host. */
    private PartnerConnection loginWithToken(OrgCredentials credentials, JwtBearerLogin.Token token) {
        ConnectorConfig config = new HttpClientConnectorConfig(http);
        config.setManualLogin(true);
        config.setSessionId(token.accessToken());
        config.setServiceEndpoint(token.instanceUrl() + WscSettings.SOAP_PATH + "/" + token.orgId());
        config.setConnectionTimeout((int) settings.connectTimeout().toMillis());
        config.setReadTimeout((int) settings.readTimeout().toMillis());
        config.setTraceMessage(false);
        try {
            PartnerConnection connection = Connector.newConnection(config);
            connection.setQueryOptions(settings.queryBatchSize());
            return connection;
        } catch (ConnectionException e) {
            throw FaultTranslator.translate("connect as " + credentials.username() + " at " + token.instanceUrl(), e);
        }
    }
}

package dev.tiersync.emulator;

import com.sforce.async.AsyncApiException;
import com.sforce.async.BulkConnection;
import com.sforce.soap.partner.Connector;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** The real Salesforce client, pointed at an emulated org. */
final class ForceWsc {

    private ForceWsc() {
    }

    static PartnerConnection connect(EmulatedOrg org) throws ConnectionException {
        return connect(org, EmulatorSettings.DEFAULT_PASSWORD);
    }

    static PartnerConnection connect(EmulatedOrg org, String password) throws ConnectionException {
        return Connector.newConnection(config(org, org.authEndpoint(), password));
    }

    /** A login at any SOAP endpoint URL of the org, trusting an HTTPS org's certificate. */
    static PartnerConnection connectAt(EmulatedOrg org, String authEndpoint) throws ConnectionException {
        return Connector.newConnection(config(org, authEndpoint, EmulatorSettings.DEFAULT_PASSWORD));
    }

    static ConnectorConfig config(EmulatedOrg org, String authEndpoint, String password) {
        ConnectorConfig config = new ConnectorConfig();
        config.setAuthEndpoint(authEndpoint);
        config.setUsername(EmulatorSettings.DEFAULT_USERNAME);
        config.setPassword(password);
        org.certificate().ifPresent(certificate -> config.setSslContext(trusting(certificate)));
        return config;
    }

    /** A Bulk connection at the given endpoint with the given X-SFDC-Session value. */
    static BulkConnection bulk(EmulatedOrg org, String restEndpoint, String sessionHeader) throws AsyncApiException {
        ConnectorConfig config = new ConnectorConfig();
        config.setSessionId(sessionHeader);
        config.setRestEndpoint(restEndpoint);
        org.certificate().ifPresent(certificate -> config.setSslContext(trusting(certificate)));
        return new BulkConnection(config);
    }

    /** TLS that trusts exactly one certificate. */
    static SSLContext trusting(X509Certificate certificate) {
        try {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            trust.setCertificateEntry("org", certificate);
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every record of a query, following queryMore. */
    static List<SObject> queryAll(PartnerConnection connection, String soql) throws ConnectionException {
        List<SObject> records = new ArrayList<>();
        QueryResult page = connection.query(soql);
        while (true) {
            records.addAll(List.of(page.getRecords()));
            if (page.isDone()) {
                return records;
            }
            page = connection.queryMore(page.getQueryLocator());
        }
    }
}

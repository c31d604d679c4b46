package dev.tiersync.endtoend;

import com.sforce.soap.partner.Connector;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.salesforce.wsc.WscSettings;

/** A person working in the org through force-wsc: edits and deletes records as users do. */
final class UserSession {

    private final PartnerConnection connection;

    UserSession(EmulatedOrg org) throws ConnectionException {
        ConnectorConfig config = new ConnectorConfig();
        config.setAuthEndpoint(org.loginUrl() + WscSettings.SOAP_PATH);
        config.setUsername(EmulatorSettings.DEFAULT_USERNAME);
        config.setPassword(EmulatorSettings.DEFAULT_PASSWORD);
        connection = Connector.newConnection(config);
    }

    void set(String type, String id, String field, Object value) throws ConnectionException {
        SObject record = new SObject(type);
        record.setId(id);
        record.setField(field, value);
        var results = connection.update(new SObject[] {record});
        if (!results[0].isSuccess()) {
            throw new IllegalStateException("update of " + id + " failed: " + results[0].getErrors()[0].getMessage());
        }
    }

    void delete(String id) throws ConnectionException {
        var results = connection.delete(new String[] {id});
        if (!results[0].isSuccess()) {
            throw new IllegalStateException("delete of " + id + " failed: " + results[0].getErrors()[0].getMessage());
        }
    }
}

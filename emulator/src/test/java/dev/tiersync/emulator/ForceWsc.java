package dev.tiersync.emulator;

import com.sforce.soap.partner.Connector;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import java.util.ArrayList;
import java.util.List;

/** The real Salesforce client, pointed at an emulated org. */
final class ForceWsc {

    private ForceWsc() {
    }

    static PartnerConnection connect(EmulatedOrg org) throws ConnectionException {
        return connect(org, EmulatorSettings.DEFAULT_PASSWORD);
    }

    static PartnerConnection connect(EmulatedOrg org, String password) throws ConnectionException {
        ConnectorConfig config = new ConnectorConfig();
        config.setAuthEndpoint(org.authEndpoint());
        config.setUsername(EmulatorSettings.DEFAULT_USERNAME);
        config.setPassword(password);
        return Connector.newConnection(config);
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

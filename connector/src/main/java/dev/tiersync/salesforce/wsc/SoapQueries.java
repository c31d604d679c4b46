package dev.tiersync.salesforce.wsc;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryAll_element;
import com.sforce.soap.partner.QueryMore_element;
import com.sforce.soap.partner.Query_element;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import com.sforce.ws.bind.TypeMapper;
import com.sforce.ws.bind.XMLizable;
import com.sforce.ws.transport.SoapConnection;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import javax.xml.namespace.QName;

/**
 * {@code query}, {@code queryAll} and {@code queryMore} as {@link PartnerConnection} sends them, through force-wsc's
 * own {@link SoapConnection}: the same endpoint, session, call and query options, transport, response headers and
 * faults. Only the answer's records are read as a {@link QueryPage} instead of force-wsc's {@code SObject}s.
 */
final class SoapQueries {

    private static final String PARTNER = "urn:partner.soap.sforce.com";
    private static final String OBJECTS = "urn:sobject.partner.soap.sforce.com";
    private static final QName SESSION = new QName(PARTNER, "SessionHeader");
    private static final QName CALL_OPTIONS = new QName(PARTNER, "CallOptions");
    private static final QName QUERY_OPTIONS = new QName(PARTNER, "QueryOptions");
    /** The headers an answer may carry, each set back on the connection as force-wsc does. */
    private static final Map<QName, Class> HEADERS = headers();

    private SoapQueries() {
    }

    /** The first page of a query, with deleted and archived records too when {@code all}. */
    static QueryPage query(PartnerConnection connection, String soql, boolean all) throws ConnectionException {
        if (all) {
            QueryAll_element request = new QueryAll_element();
            request.setQueryString(soql);
            return send(connection, "queryAll", request);
        }
        Query_element request = new Query_element();
        request.setQueryString(soql);
        return send(connection, "query", request);
    }

    /** The page after the one the locator ends. */
    static QueryPage queryMore(PartnerConnection connection, String locator) throws ConnectionException {
        QueryMore_element request = new QueryMore_element();
        request.setQueryLocator(locator);
        return send(connection, "queryMore", request);
    }

    private static QueryPage send(PartnerConnection connection, String operation, XMLizable request)
            throws ConnectionException {
        ConnectorConfig config = connection.getConfig();
        TypeMapper types = new TypeMapper(null, null, false);
        types.setConfig(config);
        SoapConnection soap = new SoapConnection(config.getServiceEndpoint(), OBJECTS, types, config);
        soap.setConnection(connection);
        soap.setKnownHeaders(HEADERS);
        if (connection.getSessionHeader() != null) {
            soap.addHeader(SESSION, connection.getSessionHeader());
        }
        if (connection.getCallOptions() != null) {
            soap.addHeader(CALL_OPTIONS, connection.getCallOptions());
        }
        if (connection.getQueryOptions() != null) {
            soap.addHeader(QUERY_OPTIONS, connection.getQueryOptions());
        }
        return (QueryPage) soap.send("", new QName(PARTNER, operation), request,
                new QName(PARTNER, operation + "Response"), QueryPage.class);
    }

    /** Every header {@link PartnerConnection} can be given back, as its generated {@code __set} methods name them. */
    private static Map<QName, Class> headers() {
        Map<QName, Class> headers = new HashMap<>();
        for (Method method : PartnerConnection.class.getMethods()) {
            if (method.getName().startsWith("__set") && method.getParameterCount() == 1) {
                headers.put(new QName(PARTNER, method.getName().substring("__set".length())), method.getParameterTypes()[0]);
            }
        }
        return Map.copyOf(headers);
    }
}

package dev.tiersync.emulator.soap;

import static java.util.Map.entry;

import java.util.Map;

/** The route table: each SOAP operation, by the local name of its body element, and the one class that answers it. */
final class SoapRoutes {

    private SoapRoutes() {
    }

    static Map<String, SoapOperation> standard() {
        return Map.ofEntries(
                entry("login", new LoginHandler()),
                entry("logout", new LogoutHandler()),
                entry("getUserInfo", new GetUserInfoHandler()),
                entry("getServerTimestamp", new ServerTimestampHandler()),
                entry("describeGlobal", new DescribeGlobalHandler()),
                entry("describeSObject", new DescribeSObjectHandler(false)),
                entry("describeSObjects", new DescribeSObjectHandler(true)),
                entry("query", new QueryHandler(false)),
                entry("queryAll", new QueryHandler(true)),
                entry("queryMore", new QueryMoreHandler()),
                entry("create", new CreateHandler()),
                entry("update", new UpdateHandler()),
                entry("delete", new DeleteHandler()));
    }
}

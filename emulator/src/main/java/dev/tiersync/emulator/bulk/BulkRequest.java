package dev.tiersync.emulator.bulk;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import dev.tiersync.emulator.org.OrgContext;
import dev.tiersync.emulator.soap.RequestBodies;

/** A Bulk request as a route sees it: the HTTP request, the ids its path names, and the org. */
record BulkRequest(Request http, PathParams params, OrgContext org) {

    String body() {
        return RequestBodies.text(http.getBody());
    }

    String header(String name) {
        return http.getHeader(name);
    }

    String job() {
        return params.get("job");
    }

    String batch() {
        return params.get("batch");
    }

    String result() {
        return params.get("result");
    }
}

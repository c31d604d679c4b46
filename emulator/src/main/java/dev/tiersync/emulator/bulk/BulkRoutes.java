package dev.tiersync.emulator.bulk;

import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.common.url.PathTemplate;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The route table of Bulk API 1.0: each method and path under {@code /services/async/VERSION}, the
 * name the call is counted under, and the one operation that answers it.
 */
final class BulkRoutes {

    /** One row of the table. */
    record Route(RequestMethod method, PathTemplate path, String callName, BulkOperation operation) {
    }

    /** A route and the ids a request's path gave it. */
    record Match(Route route, PathParams params) {
    }

    private final List<Route> routes = new ArrayList<>();

    private BulkRoutes() {
    }

    static BulkRoutes standard(BulkJobs jobs) {
        return new BulkRoutes()
                .add(POST, "/job", "bulk POST job", r -> BulkAnswer.xml(201,
                        BulkXml.job(jobs.create(r.body(), r.header("Sforce-Enable-PKChunking"), r.org()))))
                .add(GET, "/job", "bulk GET job", r -> {
                    throw new BulkException(405, "InvalidUrl", "Jobs are created with POST");
                })
                .add(GET, "/job/{job}", "bulk GET job", r -> BulkAnswer.xml(200, BulkXml.job(jobs.job(r.job(), r.org()))))
                .add(POST, "/job/{job}", "bulk POST job", r -> BulkAnswer.xml(200,
                        BulkXml.job(jobs.changeState(r.job(), r.body(), r.org()))))
                .add(POST, "/job/{job}/batch", "bulk POST batch", r -> BulkAnswer.xml(201,
                        BulkXml.batch(jobs.addBatch(r.job(), r.body(), r.org()))))
                .add(GET, "/job/{job}/batch", "bulk GET batch", r -> BulkAnswer.xml(200,
                        BulkXml.batchList(jobs.batches(r.job(), r.org()))))
                .add(GET, "/job/{job}/batch/{batch}", "bulk GET batch", r -> BulkAnswer.xml(200,
                        BulkXml.batch(jobs.batch(r.job(), r.batch(), r.org()))))
                .add(GET, "/job/{job}/batch/{batch}/result", "bulk GET batch", r -> resultList(jobs.finished(r.job(), r.batch(), r.org())))
                .add(GET, "/job/{job}/batch/{batch}/result/{result}", "bulk GET batch",
                        r -> resultFile(jobs.finished(r.job(), r.batch(), r.org()), r.result()));
    }

    private BulkRoutes add(RequestMethod method, String path, String callName, BulkOperation operation) {
        routes.add(new Route(method, new PathTemplate(path), callName, operation));
        return this;
    }

    /** The route of a method and a path relative to the versioned Bulk root, such as {@code /job/750...}. */
    Optional<Match> find(RequestMethod method, String path) {
        return routes.stream()
                .filter(route -> route.method().equals(method) && route.path().matches(path))
                .findFirst()
                .map(route -> new Match(route, route.path().parse(path)));
    }

    private static BulkAnswer resultList(BulkBatch finished) {
        return finished.resultCsv != null ? BulkAnswer.csv(finished.resultCsv) : BulkAnswer.xml(200, BulkXml.resultList(finished.resultIds));
    }

    private static BulkAnswer resultFile(BulkBatch finished, String result) {
        int index = finished.resultIds.indexOf(result);
        if (index < 0) {
            throw BulkException.invalidBatch("Unable to find result " + result + " of batch " + finished.id);
        }
        return BulkAnswer.csv(finished.resultFiles.get(index).get());
    }
}

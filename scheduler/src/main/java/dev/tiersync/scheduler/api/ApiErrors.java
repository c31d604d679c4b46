package dev.tiersync.scheduler.api;

import dev.tiersync.scheduler.problem.InvalidInput;
import dev.tiersync.scheduler.problem.NotFound;
import dev.tiersync.scheduler.problem.UserProblem;
import dev.tiersync.sync.NoSnapshotException;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The one place the admin API's errors become HTTP: JSON {@code {"error": "..."}}; a problem the caller
 * can fix gets its status (invalid input 400, unknown org or run 404, a state that forbids it 409) and its
 * message; anything else is TierSync's fault: 500 with a reference to the log line that has the stack trace.
 */
@RestControllerAdvice
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(UserProblem.class)
    ResponseEntity<Map<String, String>> problem(UserProblem problem) {
        HttpStatus status = problem instanceof InvalidInput ? HttpStatus.BAD_REQUEST
                : problem instanceof NotFound ? HttpStatus.NOT_FOUND
                : HttpStatus.CONFLICT;
        return error(status, problem.getMessage());
    }

    @ExceptionHandler(NoSnapshotException.class)
    ResponseEntity<Map<String, String>> noSnapshot(NoSnapshotException e) {
        return error(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        return error(HttpStatus.BAD_REQUEST, "the request body is not the JSON this call takes");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, String>> badParameter(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, "the parameter " + e.getName() + " must be "
                + (e.getRequiredType() == null ? "of another type" : "a " + e.getRequiredType().getSimpleName().toLowerCase())
                + ", was '" + e.getValue() + "'");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, String>> missingParameter(MissingServletRequestParameterException e) {
        return error(HttpStatus.BAD_REQUEST, "the parameter " + e.getParameterName() + " is missing");
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Map<String, String>> fault(RuntimeException e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("admin API request failed (reference {}): {}", reference, e.getMessage(), e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "TierSync failed on this request; the server log has the details "
                + "under reference " + reference);
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message == null ? status.getReasonPhrase() : message));
    }
}

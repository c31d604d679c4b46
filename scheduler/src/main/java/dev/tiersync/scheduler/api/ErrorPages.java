package dev.tiersync.scheduler.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error the application answers outside a controller (no such route, a method or a content type the route
 * does not take, not logged in, not allowed, a fault): the API's JSON {@code {"error": "..."}} for a script or the
 * page's own calls, and TierSync's own error page for a browser that asked for HTML.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final PageTemplate page = PageTemplate.named("error.html");

    @RequestMapping("/error")
    ResponseEntity<?> error(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = status(request);
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) == null ? request.getRequestURI()
                : request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        String message = message(status, response.getHeader("Allow"), path, request);
        if (wantsHtml(request)) {
            return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body(page.render(Map.of(
                    "status", String.valueOf(status.value()), "title", title(status), "message", message)));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer number ? HttpStatus.resolve(number) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    /** A browser finding its way asks for text/html first; the page's scripts and API clients ask for JSON or anything. */
    static boolean wantsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null) {
            return false;
        }
        List<MediaType> types = MediaType.parseMediaTypes(accept);
        return types.stream().anyMatch(type -> type.getType().equals("text") && type.getSubtype().equals("html")
                && type.getQualityValue() > 0);
    }

    private static String message(HttpStatus status, String allowed, String path, HttpServletRequest request) {
        return switch (status) {
            case UNAUTHORIZED -> "log in first: the page has a login form, scripts use HTTP basic authentication";
            case FORBIDDEN -> "your role may not do this: changes need the ADMIN role (and, from a browser, the page's CSRF token)";
            case NOT_FOUND -> "there is nothing at " + path;
            case METHOD_NOT_ALLOWED -> path + " does not take this method" + (allowed == null || allowed.isBlank() ? ""
                    : "; it takes " + allowed.replace(",", ", "));
            case UNSUPPORTED_MEDIA_TYPE -> path + " takes its body as application/json";
            case NOT_ACCEPTABLE -> path + " cannot answer in the type the request accepts";
            case BAD_REQUEST -> "the request to " + path + " is not one this route takes";
            case INTERNAL_SERVER_ERROR -> fault(request);
            default -> status.getReasonPhrase();
        };
    }

    private static String fault(HttpServletRequest request) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (exception instanceof Throwable thrown) {
            log.error("request failed (reference {}): {}", reference, thrown.getMessage(), thrown);
        } else {
            log.error("request failed (reference {}) without an exception", reference);
        }
        return "TierSync failed on this request; the server log has the details under reference " + reference;
    }

    private static String title(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> "Please log in";
            case FORBIDDEN -> "Not allowed";
            case NOT_FOUND -> "Page not found";
            case METHOD_NOT_ALLOWED -> "Method not allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "Unsupported content type";
            case INTERNAL_SERVER_ERROR -> "Something went wrong";
            default -> status.getReasonPhrase();
        };
    }
}

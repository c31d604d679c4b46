package dev.tiersync.scheduler.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * A page of the product's own made on the server (the login page, the error pages): an HTML file beside this
 * class with {@code {{name}}} slots, each filled with an HTML-escaped value. No script or style is inline.
 */
final class PageTemplate {

    private final String html;

    private PageTemplate(String html) {
        this.html = html;
    }

    static PageTemplate named(String file) {
        try (InputStream in = PageTemplate.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("the page template " + file + " is missing from the build");
            }
            return new PageTemplate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page with each slot filled; a slot left without a value is an error in the caller. */
    String render(Map<String, String> values) {
        String page = html;
        for (Map.Entry<String, String> value : values.entrySet()) {
            page = page.replace("{{" + value.getKey() + "}}", HtmlUtils.htmlEscape(value.getValue() == null ? "" : value.getValue()));
        }
        if (page.contains("{{")) {
            throw new IllegalStateException("a slot of the page is not filled: " + page.substring(page.indexOf("{{"),
                    Math.min(page.length(), page.indexOf("{{") + 30)));
        }
        return page;
    }
}

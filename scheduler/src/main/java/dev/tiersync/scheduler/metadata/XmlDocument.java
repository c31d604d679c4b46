package dev.tiersync.scheduler.metadata;

import java.util.ArrayDeque;
import java.util.Deque;

/** A small writer of indented Metadata API XML, with text escaped. */
final class XmlDocument {

    static final String METADATA_NAMESPACE = "http://soap.sforce.com/2006/04/metadata";

    private final StringBuilder out = new StringBuilder(1024);
    private final Deque<String> open = new ArrayDeque<>();

    private XmlDocument(String root) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<").append(root).append(" xmlns=\"")
                .append(METADATA_NAMESPACE).append("\">\n");
        open.push(root);
    }

    static XmlDocument metadata(String root) {
        return new XmlDocument(root);
    }

    XmlDocument element(String name, Object value) {
        indent().append('<').append(name).append('>').append(escape(String.valueOf(value)))
                .append("</").append(name).append(">\n");
        return this;
    }

    XmlDocument start(String name) {
        indent().append('<').append(name).append(">\n");
        open.push(name);
        return this;
    }

    XmlDocument end() {
        String name = open.pop();
        indent().append("</").append(name).append(">\n");
        return this;
    }

    String finish() {
        while (open.size() > 1) {
            end();
        }
        return out.append("</").append(open.pop()).append(">\n").toString();
    }

    private StringBuilder indent() {
        return out.append("    ".repeat(open.size()));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

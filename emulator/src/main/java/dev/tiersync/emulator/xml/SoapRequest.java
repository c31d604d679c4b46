package dev.tiersync.emulator.xml;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** A SOAP request as force-wsc sends it: its headers and the operation element of its body. */
public record SoapRequest(XmlNode header, XmlNode operation) {

    private static final XMLInputFactory FACTORY = newFactory();

    /** The local name of the body's element, such as "query". */
    public String operationName() {
        return operation.name();
    }

    public String sessionId() {
        return header.child("SessionHeader").map(h -> h.childText("sessionId")).orElse(null);
    }

    /** True when the client sent an AllOrNoneHeader asking for all records or none. */
    public boolean allOrNone() {
        return header.child("AllOrNoneHeader").map(h -> "true".equalsIgnoreCase(String.valueOf(h.childText("allOrNone")).strip()))
                .orElse(false);
    }

    /** The QueryOptions batch size, or null when the client set none. */
    public Integer batchSize() {
        String size = header.child("QueryOptions").map(h -> h.childText("batchSize")).orElse(null);
        return size == null ? null : Integer.valueOf(size.strip());
    }

    /**
     * Parses an envelope.
     *
     * @throws IllegalArgumentException when it is not a SOAP envelope with a body element
     */
    public static SoapRequest parse(String xml) {
        try {
            XmlNode envelope = parseDocument(xml);
            if (!"Envelope".equals(envelope.name())) {
                throw new IllegalArgumentException("not a SOAP envelope: " + envelope.name());
            }
            XmlNode header = envelope.child("Header").orElse(new XmlNode("Header", "", List.of()));
            XmlNode body = envelope.child("Body").orElseThrow(() -> new IllegalArgumentException("SOAP envelope without a Body"));
            if (body.children().isEmpty()) {
                throw new IllegalArgumentException("SOAP Body without an operation");
            }
            return new SoapRequest(header, body.children().get(0));
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("malformed XML: " + e.getMessage(), e);
        }
    }

    /**
     * Parses any XML document into a tree of local names and text.
     *
     * @throws XMLStreamException when it is not well-formed
     */
    public static XmlNode parseDocument(String xml) throws XMLStreamException {
        return read(FACTORY.createXMLStreamReader(new StringReader(xml)));
    }

    private static XmlNode read(XMLStreamReader reader) throws XMLStreamException {
        Deque<Builder> stack = new ArrayDeque<>();
        XmlNode root = null;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                stack.push(new Builder(reader.getLocalName()));
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (!stack.isEmpty()) {
                    stack.peek().text.append(reader.getText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                XmlNode node = stack.pop().build();
                if (stack.isEmpty()) {
                    root = node;
                } else {
                    stack.peek().children.add(node);
                }
            }
        }
        if (root == null) {
            throw new IllegalArgumentException("empty request");
        }
        return root;
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    private static final class Builder {
        final String name;
        final StringBuilder text = new StringBuilder();
        final List<XmlNode> children = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        XmlNode build() {
            return new XmlNode(name, text.toString(), children);
        }
    }
}

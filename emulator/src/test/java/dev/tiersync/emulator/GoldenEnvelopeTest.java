package dev.tiersync.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.tiersync.emulator.junit.Prerequisites.require;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The emulator's envelopes have the shape of real Salesforce responses recorded in
 * ../shared/reference/salesforce-wire.md: the same elements, in the same order, with the same
 * namespaces and xsi:types. Values differ; shapes must not.
 */
class GoldenEnvelopeTest {

    private static final Path REFERENCE = Path.of("..", "..", "shared", "reference", "salesforce-wire.md");
    private static String reference;
    private static EmulatedOrg org;
    private static String sessionId;

    @BeforeAll
    static void start() throws Exception {
        require(Files.isRegularFile(REFERENCE), "../shared is not beside the project: " + REFERENCE.toAbsolutePath());
        reference = Files.readString(REFERENCE);
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(3, 1, LocalDate.of(2025, 1, 1))));
        sessionId = ForceWsc.connect(org).getConfig().getSessionId();
    }

    @AfterAll
    static void stop() {
        if (org != null) {
            org.close();
        }
    }

    @Test
    void aQueryResponseHasTheShapeOfTheRecordedOne() throws Exception {
        String recorded = block("**Real recorded query response.**");
        String ours = soap(org.authEndpoint() + "/00D5g000004EMUL",
                "<m:query xmlns:m=\"urn:partner.soap.sforce.com\"><m:queryString>SELECT Id, Name FROM Account</m:queryString></m:query>");

        assertThat(shape(ours)).isEqualTo(shape(recorded));
    }

    @Test
    void anInvalidSessionFaultHasTheShapeOfTheRecordedOne() throws Exception {
        String recorded = block("<!-- INVALID_SESSION_ID: [REC]");
        String ours = soap(org.authEndpoint() + "/00D5g000004EMUL",
                "<m:query xmlns:m=\"urn:partner.soap.sforce.com\"><m:queryString>SELECT Id FROM Account</m:queryString></m:query>",
                "00D5g000004EMUL!stale");

        assertThat(shape(ours)).isEqualTo(shape(recorded));
    }

    @Test
    void anInvalidFieldFaultHasTheShapeOfTheRecordedOne() throws Exception {
        String recorded = block("<!-- INVALID_FIELD: [REC]");
        String ours = soap(org.authEndpoint() + "/00D5g000004EMUL",
                "<m:query xmlns:m=\"urn:partner.soap.sforce.com\"><m:queryString>select adfId, Name from Account</m:queryString></m:query>");

        assertThat(shape(ours)).isEqualTo(shape(recorded));
    }

    @Test
    void anInvalidLoginFaultHasTheShapeOfTheRecordedOne() throws Exception {
        String recorded = block("<!-- INVALID_LOGIN: [REC]");
        String ours = soap(org.authEndpoint(), "<m:login xmlns:m=\"urn:partner.soap.sforce.com\"><m:username>x</m:username>"
                + "<m:password>y</m:password></m:login>", null);

        assertThat(shape(ours)).isEqualTo(shape(recorded));
    }

    /** The first xml block after a marker in the reference document (or the marker's own line, for inline samples). */
    private static String block(String marker) {
        int at = reference.indexOf(marker);
        assertThat(at).as("marker in the reference: " + marker).isNotNegative();
        if (marker.startsWith("<!--")) {
            int start = reference.indexOf("<?xml", at);
            return reference.substring(start, reference.indexOf("</soapenv:Envelope>", start) + "</soapenv:Envelope>".length());
        }
        int start = reference.indexOf("```xml", at) + "```xml".length();
        return reference.substring(start, reference.indexOf("```", start)).strip();
    }

    private static String soap(String url, String body) throws IOException, InterruptedException {
        return soap(url, body, sessionId);
    }

    private static String soap(String url, String body, String session) throws IOException, InterruptedException {
        String header = session == null ? "" : "<env:Header><SessionHeader xmlns=\"urn:partner.soap.sforce.com\"><sessionId>"
                + session + "</sessionId></SessionHeader></env:Header>";
        String envelope = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><env:Envelope xmlns:env=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + header + "<env:Body>" + body + "</env:Body></env:Envelope>";
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("SOAPAction", "\"\"")
                .header("Content-Type", "text/xml; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(envelope)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Element names with namespaces and xsi:type, in document order, repeated sibling runs collapsed to one. */
    private static List<String> shape(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        List<String> shape = new ArrayList<>();
        walk(root, "", shape);
        return shape;
    }

    private static void walk(Element element, String path, List<String> shape) {
        String type = element.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type");
        String here = path + "/{" + element.getNamespaceURI() + "}" + element.getLocalName() + (type.isEmpty() ? "" : "[" + type + "]");
        if (shape.isEmpty() || !shape.get(shape.size() - 1).equals(here)) {
            shape.add(here);
        }
        String previousChild = null;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                String name = e.getLocalName();
                boolean repeatedRecord = name.equals(previousChild) && name.equals("records");
                if (!repeatedRecord && !isSelectedField(path, e)) {
                    walk(e, here, shape);
                }
                previousChild = name;
            }
        }
    }

    /** The selected fields of a record differ by query; the record's type and Ids do not. */
    private static boolean isSelectedField(String path, Element e) {
        String name = e.getLocalName();
        return "urn:sobject.partner.soap.sforce.com".equals(e.getNamespaceURI()) && !name.equals("type") && !name.equals("Id");
    }
}

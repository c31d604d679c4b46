package dev.tiersync.emulator.xml;

/** Response envelopes in the exact shape real Salesforce sends. */
public final class Envelopes {

    static final String OPEN = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope"
            + " xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns=\"urn:partner.soap.sforce.com\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\""
            + " xmlns:sf=\"urn:sobject.partner.soap.sforce.com\">";
    static final String CLOSE = "</soapenv:Envelope>";

    private Envelopes() {
    }

    /** A successful response; {@code limit} is null for login, which carries no LimitInfoHeader. */
    public static String response(String operation, String resultXml, ApiUsage limit) {
        StringBuilder out = new StringBuilder(resultXml.length() + 512).append(OPEN);
        if (limit != null) {
            out.append("<soapenv:Header><LimitInfoHeader><limitInfo><current>").append(limit.current())
                    .append("</current><limit>").append(limit.limit())
                    .append("</limit><type>API REQUESTS</type></limitInfo></LimitInfoHeader></soapenv:Header>");
        }
        return out.append("<soapenv:Body><").append(operation).append("Response>").append(resultXml)
                .append("</").append(operation).append("Response></soapenv:Body>").append(CLOSE).toString();
    }

    /**
     * A fault with its detail typed, as the client needs.
     *
     * @param detailType the fault class, such as {@code UnexpectedErrorFault}
     * @param position row and column for query faults, or null
     */
    public static String fault(String code, String message, String detailType, int[] position) {
        String text = Xml.escape(message);
        StringBuilder out = new StringBuilder(512).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope")
                .append(" xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"")
                .append(" xmlns:sf=\"urn:fault.partner.soap.sforce.com\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body><soapenv:Fault>")
                .append("<faultcode>sf:").append(code).append("</faultcode><faultstring>").append(code).append(": ")
                .append(text).append("</faultstring><detail><sf:").append(detailType).append(" xsi:type=\"sf:")
                .append(detailType).append("\"><sf:exceptionCode>").append(code).append("</sf:exceptionCode>")
                .append("<sf:exceptionMessage>").append(text).append("</sf:exceptionMessage>");
        if (position != null) {
            out.append("<sf:row>").append(position[0]).append("</sf:row><sf:column>").append(position[1]).append("</sf:column>");
        }
        return out.append("</sf:").append(detailType).append("></detail></soapenv:Fault></soapenv:Body></soapenv:Envelope>")
                .toString();
    }

    /** API usage for the LimitInfoHeader. */
    public record ApiUsage(int current, int limit) {
    }
}

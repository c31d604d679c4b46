package dev.tiersync.emulator.soap;

import dev.tiersync.emulator.xml.Xml;

/** Writes SaveResult and DeleteResult elements: {@code errors*, id, success}. */
final class SaveResults {

    static final RecordError ROLLED_BACK = RecordError.of("ALL_OR_NONE_OPERATION_ROLLED_BACK",
            "Record rolled back because not all records were valid and the request was using AllOrNone header");

    private SaveResults() {
    }

    static void success(StringBuilder out, String id) {
        out.append("<result><id>").append(id).append("</id><success>true</success></result>");
    }

    static void failure(StringBuilder out, RecordError error) {
        out.append("<result><errors>");
        error.fields().forEach(f -> out.append("<fields>").append(Xml.escape(f)).append("</fields>"));
        out.append("<message>").append(Xml.escape(error.message())).append("</message><statusCode>")
                .append(error.statusCode()).append("</statusCode></errors><id xsi:nil=\"true\"/><success>false</success></result>");
    }
}

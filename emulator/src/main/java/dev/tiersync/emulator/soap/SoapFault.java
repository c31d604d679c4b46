package dev.tiersync.emulator.soap;

/** A fault to answer with: Salesforce's code, message, and the fault type the client maps to an exception. */
public final class SoapFault extends RuntimeException {

    private final String code;
    private final String detailType;
    private final int[] position;

    public SoapFault(String code, String message, String detailType) {
        this(code, message, detailType, null);
    }

    public SoapFault(String code, String message, String detailType, int[] position) {
        super(message);
        this.code = code;
        this.detailType = detailType;
        this.position = position;
    }

    static SoapFault unexpected(String code, String message) {
        return new SoapFault(code, message, "UnexpectedErrorFault");
    }

    public String code() {
        return code;
    }

    public String detailType() {
        return detailType;
    }

    public int[] position() {
        return position;
    }
}

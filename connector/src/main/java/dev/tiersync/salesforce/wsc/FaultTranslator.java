package dev.tiersync.salesforce.wsc;

import com.sforce.soap.partner.fault.ApiFault;
import com.sforce.soap.partner.fault.ExceptionCode;
import com.sforce.soap.partner.fault.LoginFault;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.SoapFaultException;
import com.sforce.ws.bind.HTMLResponseException;
import dev.tiersync.salesforce.LoginFailedException;
import dev.tiersync.salesforce.RequestLimitExceededException;
import dev.tiersync.salesforce.SalesforceException;
import dev.tiersync.salesforce.SalesforceRequestException;
import dev.tiersync.salesforce.SalesforceUnavailableException;
import dev.tiersync.salesforce.SessionExpiredException;
import dev.tiersync.salesforce.WriteResult;
import java.io.IOException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.EnumSet;
import java.util.Set;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * The one place where force-wsc's exceptions become TierSync's. The messages carry Salesforce's
 * code and text and what TierSync was doing, never a session id or password.
 */
final class FaultTranslator {

    static final String TRANSPORT_ERROR = "TRANSPORT_ERROR";
    static final String UNEXPECTED_RESPONSE = "UNEXPECTED_RESPONSE";
    static final String UNKNOWN_HOST = "UNKNOWN_HOST";
    static final String NOT_SALESFORCE = "NOT_SALESFORCE";
    static final String NOT_TLS = "NOT_TLS";
    static final String UNTRUSTED_CERTIFICATE = "UNTRUSTED_CERTIFICATE";

    private static final Set<ExceptionCode> LOGIN_CODES = EnumSet.of(
            ExceptionCode.INVALID_LOGIN,
            ExceptionCode.LOGIN_MUST_USE_SECURITY_TOKEN,
            ExceptionCode.PASSWORD_LOCKOUT,
            ExceptionCode.INVALID_OPERATION_WITH_EXPIRED_PASSWORD,
            ExceptionCode.LOGIN_DURING_RESTRICTED_DOMAIN,
            ExceptionCode.LOGIN_DURING_RESTRICTED_TIME,
            ExceptionCode.LOGIN_CHALLENGE_ISSUED,
            ExceptionCode.LOGIN_CHALLENGE_PENDING,
            ExceptionCode.API_DISABLED_FOR_ORG,
            ExceptionCode.API_CURRENTLY_DISABLED,
            ExceptionCode.ORG_LOCKED);

    private static final Set<ExceptionCode> UNAVAILABLE_CODES = EnumSet.of(
            ExceptionCode.SERVER_UNAVAILABLE,
            ExceptionCode.UNKNOWN_EXCEPTION);

    /** The codes of a record refused because another process held it: worth trying again, one at a time. */
    private static final Set<String> CONTENTION_CODES = Set.of("UNABLE_TO_LOCK_ROW");

    private FaultTranslator() {
    }

    /** A record the org refused: contended (worth a retry) or refused for good, by its status code. */
    static WriteResult writeRefusal(String recordId, String statusCode, String message) {
        return CONTENTION_CODES.contains(statusCode) ? WriteResult.contended(recordId, statusCode, message)
                : WriteResult.refused(recordId, statusCode, message);
    }

    /** Translates a failure of {@code action}, such as "query Account". */
    static SalesforceException translate(String action, ConnectionException e) {
        SalesforceException hopeless = cannotHelpToRetry(action, e);
        if (hopeless != null) {
            return hopeless;
        }
        if (e instanceof ApiFault fault) {
            return translateFault(action, fault);
        }
        if (e instanceof HTMLResponseException) {
            return new SalesforceUnavailableException(UNEXPECTED_RESPONSE,
                    action + " failed: Salesforce answered with an HTML page instead of SOAP (maintenance or a proxy?)", e);
        }
        if (e instanceof SoapFaultException soapFault) {
            String code = soapFault.getFaultCode() == null ? "SOAP_FAULT" : soapFault.getFaultCode().getLocalPart();
            return new SalesforceRequestException(code, action + " failed: " + code + ": " + soapFault.getMessage(), e);
        }
        if (hasIoCause(e)) {
            return new SalesforceUnavailableException(TRANSPORT_ERROR,
                    action + " failed: could not reach Salesforce: " + rootMessage(e), e);
        }
        return new SalesforceUnavailableException(UNEXPECTED_RESPONSE,
                action + " failed: unexpected response from Salesforce: " + e.getMessage(), e);
    }

    /** A Bulk API failure. */
    static SalesforceException translateBulk(String action, com.sforce.async.AsyncApiException e) {
        SalesforceException hopeless = cannotHelpToRetry(action, e);
        if (hopeless != null) {
            return hopeless;
        }
        com.sforce.async.AsyncExceptionCode code = e.getExceptionCode();
        String name = code == null ? "Unknown" : code.name();
        String message = action + " failed: " + name + ": " + e.getExceptionMessage();
        if (code == com.sforce.async.AsyncExceptionCode.InvalidSessionId) {
            return new SessionExpiredException(name, message, e);
        }
        if (code == com.sforce.async.AsyncExceptionCode.ExceededQuota) {
            return new RequestLimitExceededException(name, message, e);
        }
        if (code == com.sforce.async.AsyncExceptionCode.ClientInputError || code == com.sforce.async.AsyncExceptionCode.InternalServerError
                || code == com.sforce.async.AsyncExceptionCode.Timeout || hasIoCause(e)) {
            return new SalesforceUnavailableException(name, message, e);
        }
        return new SalesforceRequestException(name, message, e);
    }

    /** A network failure outside force-wsc (the OAuth token endpoint). */
    static SalesforceException translateTransport(String action, IOException e) {
        SalesforceException hopeless = cannotHelpToRetry(action, e);
        if (hopeless != null) {
            return hopeless;
        }
        return new SalesforceUnavailableException(TRANSPORT_ERROR, action + " failed: could not reach Salesforce: " + rootMessage(e), e);
    }

    /** An error answer of the OAuth token endpoint: a 5xx may pass; anything else is a refused login. */
    static SalesforceException translateOAuth(String action, int status, String error, String description) {
        String message = action + " failed: " + error + ": " + description + " (HTTP " + status + ")";
        if (status >= 500) {
            return new SalesforceUnavailableException(error, message, null);
        }
        return new LoginFailedException(error, message, null);
    }

    private static SalesforceException translateFault(String action, ApiFault fault) {
        ExceptionCode code = fault.getExceptionCode();
        String name = code == null ? "UNKNOWN" : code.name();
        String message = action + " failed: " + name + ": " + fault.getExceptionMessage();
        if (fault instanceof LoginFault || LOGIN_CODES.contains(code)) {
            return new LoginFailedException(name, message, fault);
        }
        if (code == ExceptionCode.INVALID_SESSION_ID) {
            return new SessionExpiredException(name, message, fault);
        }
        if (code == ExceptionCode.REQUEST_LIMIT_EXCEEDED) {
            return new RequestLimitExceededException(name, message, fault);
        }
        if (UNAVAILABLE_CODES.contains(code)) {
            return new SalesforceUnavailableException(name, message, fault);
        }
        return new SalesforceRequestException(name, message, fault);
    }

    /**
     * A failure no retry can mend, so it fails at once with what to fix: a host that does not exist,
     * a server that is not Salesforce, TLS spoken to a plain-HTTP port, a certificate not trusted.
     *
     * @return null when a retry may help
     */
    private static SalesforceException cannotHelpToRetry(String action, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return new SalesforceRequestException(UNKNOWN_HOST, action + " failed: the host is not known"
                        + (t.getMessage() == null ? "" : " (" + t.getMessage() + ")")
                        + "; check the login URL (login.salesforce.com, test.salesforce.com or your My Domain)", e);
            }
            if (t instanceof UnexpectedHttpAnswer answer) {
                return new SalesforceRequestException(NOT_SALESFORCE, action + " failed: " + answer.getMessage()
                        + ": that server is not Salesforce; check the login URL", e);
            }
            if (t instanceof SSLHandshakeException && hasCause(t, CertificateException.class, CertPathBuilderException.class,
                    CertPathValidatorException.class)) {
                return new SalesforceRequestException(UNTRUSTED_CERTIFICATE, action + " failed: the server's TLS certificate is not "
                        + "trusted; for an emulated org or a proxy of your own, trust its certificate with the trust store setting", e);
            }
            if (t instanceof SSLException && t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("unrecognized ssl message")) {
                return new SalesforceRequestException(NOT_TLS, action + " failed: the server does not speak TLS on that port; "
                        + "use http:// for an emulator started without --https", e);
            }
        }
        return null;
    }

    @SafeVarargs
    private static boolean hasCause(Throwable e, Class<? extends Throwable>... types) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasIoCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}

package es.viogen.partners.control;

import java.util.List;
import java.util.Set;

/**
 * The fault codes of the SOAP interface, as enumerated in {@code partners-v1.xsd} ({@code tns:FaultCode}; a test
 * keeps both in step), and which side of the conversation each one blames.
 */
public final class SoapFaultCodes {

    public static final List<String> ALL = List.of(
            "VALIDATION",
            "UNAUTHORIZED",
            "FORBIDDEN",
            "NOT_FOUND",
            "CONFLICT",
            "MESSAGE_ID_REQUIRED",
            "MESSAGE_ID_INVALID",
            "MESSAGE_ID_REUSED",
            "MESSAGE_IN_PROGRESS",
            "SERVICE_UNAVAILABLE",
            "XML_REFUSED",
            "MALFORMED",
            "PAYLOAD_TOO_LARGE",
            "INVALID_REQUEST",
            "UNKNOWN_OPERATION",
            "VERSION_MISMATCH",
            "MUST_UNDERSTAND",
            "UNSUPPORTED_MEDIA_TYPE",
            "METHOD_NOT_ALLOWED",
            "CASE_REGISTRY_UNAVAILABLE",
            "TRANSFER_DECIDED",
            "MEASURE_WITHDRAWN",
            "REFERRAL_CONSENT",
            "RISK_OVERRIDE_LOWERING",
            "RISK_VPER_AFTER_VPR",
            "RISK_VPR_FIRST",
            "RULE_VIOLATION",
            "INTERNAL");

    /** Our failures: faultcode soap:Server (a retry later may succeed). */
    public static final Set<String> SERVER = Set.of("INTERNAL", "SERVICE_UNAVAILABLE", "CASE_REGISTRY_UNAVAILABLE");

    /** Rule codes not enumerated in the contract travel as this code (the message names the rule). */
    public static final String OTHER_RULE = "RULE_VIOLATION";

    private SoapFaultCodes() {
    }

    /** The contract's code for a domain code. */
    public static String contractCode(String code) {
        return code != null && ALL.contains(code) ? code : OTHER_RULE;
    }

    /** The SOAP 1.1 faultcode local name (namespace of the envelope) for a contract code. */
    public static String faultcode(String code) {
        return switch (code) {
            case "VERSION_MISMATCH" -> "VersionMismatch";
            case "MUST_UNDERSTAND" -> "MustUnderstand";
            default -> SERVER.contains(code) ? "Server" : "Client";
        };
    }
}

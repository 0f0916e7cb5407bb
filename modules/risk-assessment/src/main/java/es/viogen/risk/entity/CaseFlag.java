package es.viogen.risk.entity;

/** The flags of a case that stay once set, until a person lifts them with a reason. */
public enum CaseFlag {
    ESPECIAL_RELEVANCIA,
    MINORS_AT_RISK,
    MINORS_VULNERABLE
}

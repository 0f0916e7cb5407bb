package es.viogen.measures.api;

/** Orders a court can give (reference §1.12). */
public enum JudicialOrderType {
    PROTECTION_ORDER, RESTRAINING_DISTANCE, NO_COMMUNICATION, CUSTODY_SUSPENSION, VISITS_SUSPENSION, ELECTRONIC_BRACELET
}

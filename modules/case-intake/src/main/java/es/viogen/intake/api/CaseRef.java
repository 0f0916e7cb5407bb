package es.viogen.intake.api;

/**
 * The case a complaint was registered on.
 *
 * @param attached true when the complaint was attached to the existing case of the same victim and aggressor
 *                 (one case per pair) instead of opening a new one
 */
public record CaseRef(long caseId, String caseNumber, boolean attached) {

    public CaseRef(long caseId, String caseNumber) {
        this(caseId, caseNumber, false);
    }
}

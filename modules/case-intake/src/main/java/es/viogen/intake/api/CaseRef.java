package es.viogen.intake.api;

public record CaseRef(long caseId, String caseNumber) {
}

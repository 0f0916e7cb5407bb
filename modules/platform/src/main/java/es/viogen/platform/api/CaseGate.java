package es.viogen.platform.api;

/**
 * The one gate every read of a case passes, implemented by the module that owns cases (intake) and published here so
 * that every module may use it, also those intake itself depends on (municipal). It decides with the current actor's
 * {@link AccessScope}: no case, {@link RecordNotFound} (404); outside the actor's scope, {@link AccessDenied} (403)
 * with one ACCESS_DENIED audit row; otherwise one READ audit row with the purpose. No other class decides case access
 * ({@code ArchitectureTest}).
 */
public interface CaseGate {

    /** Checks and audits the read of the case on behalf of the current actor; returns where the case sits. */
    RecordLocation requireReadable(long caseId, String purpose);
}

package es.viogen.municipal.api;

import java.time.LocalDate;

public record AgreementExpiring(long agreementId, String ineCode, LocalDate expiresOn) {
}

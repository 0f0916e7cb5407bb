package es.viogen.intake.api;

import java.util.List;

/**
 * Everything an intake records in one transaction.
 *
 * @param responsibleUnitId the owning unit; null means the current officer's unit (required for partners, and it
 *                          must lie in the partner's territory)
 */
public record NewCase(NewComplaint complaint, NewVictim victim, NewAggressor aggressor, List<NewMinor> minors,
                      Long responsibleUnitId) {

    public NewCase {
        minors = minors == null ? List.of() : List.copyOf(minors);
    }
}

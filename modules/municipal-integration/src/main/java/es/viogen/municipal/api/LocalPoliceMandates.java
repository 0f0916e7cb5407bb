package es.viogen.municipal.api;

import java.util.Optional;

/** Empty when the unit is not a local police unit of an integrated municipality. */
public interface LocalPoliceMandates {

    Optional<LocalPoliceMandate> forUnit(long unitId);
}

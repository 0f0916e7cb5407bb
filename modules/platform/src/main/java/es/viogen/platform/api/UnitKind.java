package es.viogen.platform.api;

/** Kinds of unit a person or a case belongs to. */
public enum UnitKind {
    /** Policía Nacional (UFAM). */
    NATIONAL_POLICE,
    /** Guardia Civil (EMUME / equipos VIOGEN). */
    GUARDIA_CIVIL,
    /** A municipality's Policía Local, once its adhesion agreement is in force. */
    LOCAL_POLICE,
    /** Unidad de Coordinación / de Violencia sobre la Mujer of a region. */
    REGIONAL_COORDINATION,
    /** Municipal adhesion management office. */
    ADHESION_OFFICE,
    /** System administration. */
    ADMINISTRATION
}

package es.viogen.intake.api;

/** How the facts reached the police: the victim, a third party, ex officio, or no complaint (Protocolo Cero). */
public enum ComplaintChannel { VICTIM, THIRD_PARTY, EX_OFFICIO, NO_COMPLAINT }

package es.viogen.partners.entity;

/** Kinds of partner organisation (organismo colaborador). */
public enum PartnerKind { COURT, PROSECUTOR, PRISON_ADMINISTRATION, VICTIM_SUPPORT, DEVICE_CENTRE, TELEASSISTANCE, MINISTRY }

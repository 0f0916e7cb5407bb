package es.viogen.intake.entity;

/** Plain inactivation, supervised inactivation (Instr. 2/2024), an extension of the supervision, or its end. */
public enum InactivationKind { INACTIVATION, SUPERVISED, EXTENSION, SUPERVISION_ENDED }

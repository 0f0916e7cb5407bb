package es.viogen.intake.api;

public enum Relationship { SPOUSE, PARTNER, EX_SPOUSE, EX_PARTNER, DATING, EX_DATING }

package es.viogen.intake.api;

public enum CaseStatus { ACTIVE, SUPERVISED, INACTIVE }

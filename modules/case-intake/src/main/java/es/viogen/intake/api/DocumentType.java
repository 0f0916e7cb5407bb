package es.viogen.intake.api;

public enum DocumentType { DNI, NIE, PASSPORT, NONE }

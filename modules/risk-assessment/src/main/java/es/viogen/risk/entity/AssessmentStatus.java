package es.viogen.risk.entity;

public enum AssessmentStatus { PENDING, SUBMITTED, CANCELLED }

package es.viogen.intake.entity;

public enum TransferStatus { PENDING, ACCEPTED, REJECTED, CANCELLED }

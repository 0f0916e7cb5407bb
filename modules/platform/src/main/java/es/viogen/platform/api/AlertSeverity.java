package es.viogen.platform.api;

public enum AlertSeverity { INFO, WARNING, CRITICAL }

package es.viogen.platform.api;

/**
 * Fired synchronously once all schemas are migrated, before the application reports ready.
 * In demo mode, modules observe it to create their demo data (idempotently).
 */
public record PlatformReady(boolean demoMode) {
}

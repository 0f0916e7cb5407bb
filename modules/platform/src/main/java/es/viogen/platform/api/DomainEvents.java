package es.viogen.platform.api;

/**
 * Publishes a module's events through the platform's event publication registry (Spring Modulith's model).
 * <p>
 * {@link #publish} runs in the caller's transaction (or one of its own when there is none): for every
 * {@link DurableListener} of the event's type it stores one publication (the event as JSON: ids and facts only) with
 * the caller's change, so both commit or neither does. After the commit each listener runs in a transaction of its
 * own that also marks its publication complete; a listener that fails, or a process that dies before it ran, leaves
 * the publication incomplete and the cluster-safe relay runs it again later (with backoff; forever for critical
 * listeners). Listeners are therefore called at least once and must be idempotent.
 * <p>
 * The event is also fired as a plain synchronous CDI event inside the transaction, for observers in the publishing
 * module itself; another module never observes it directly (the architecture test forbids it).
 */
public interface DomainEvents {

    /** Stores the event's publications in the current transaction; {@code event} is a record of ids and facts. */
    void publish(Record event);
}

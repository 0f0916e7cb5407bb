package es.viogen.platform.api;

/**
 * A REST answer whose idempotency replay must differ from the first answer: the idempotency store keeps (and
 * replays to every retry) {@link #forReplay(Texts)} instead of the entity itself, e.g. without a secret that is shown
 * only once.
 */
public interface ReplayableAnswer {

    /** What is stored and replayed to retries (serialised like any entity). */
    Object forReplay(Texts texts);
}

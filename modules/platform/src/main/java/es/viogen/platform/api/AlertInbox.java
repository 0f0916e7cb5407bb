package es.viogen.platform.api;

/** Raises alerts that people see in their bell and inbox. */
public interface AlertInbox {

    /**
     * Raises the alert unless one with the same dedup key exists already.
     *
     * @return true if this call raised it, false if it had been raised before
     */
    boolean raise(AlertRequest request);

    /** Unread alerts of the current person (their own and their unit's). */
    long unreadCount();
}

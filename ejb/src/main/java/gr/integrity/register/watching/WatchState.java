package gr.integrity.register.watching;

/** A watch waits for its address to confirm it, then sends digests until it is unsubscribed. */
public enum WatchState {
    PENDING,
    ACTIVE,
    ENDED
}

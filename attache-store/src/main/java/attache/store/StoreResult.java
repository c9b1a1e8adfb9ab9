package attache.store;

/** What storing one article did. */
public enum StoreResult {
    /** The article was new. */
    INSERTED,
    /** The article was there with other content; its old facts were replaced. */
    REPLACED,
    /** The article was there with the same content; nothing was written. */
    UNCHANGED
}

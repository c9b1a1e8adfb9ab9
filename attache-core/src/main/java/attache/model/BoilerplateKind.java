package attache.model;

/** What a span of non-body text is. Names are lower-case in the output contract. */
public enum BoilerplateKind {
    CAPTION,
    PHOTO_CREDIT,
    BYLINE,
    DATELINE,
    AGENCY_CREDIT,
    COPYRIGHT,
    READ_MORE,
    NAVIGATION,
    ADVERTISEMENT,
    RELATED_LINKS,
    COMMENTS,
    SHARE_WIDGET,
    COOKIE_NOTICE,
    OTHER;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package dev.restallow.internal.answer;

import jakarta.ws.rs.Priorities;

/** The priorities rest-allow's providers are registered with, by the feature and by the Quarkus extension alike. */
public final class ProviderPriorities {

    /** Before any other pre-matching filter: the first lookup must see every root class. */
    public static final int ROOT_CLASSES = 0;
    /** The pre-matching filters that answer automatic OPTIONS and unknown methods. */
    public static final int REQUEST_FILTER = Priorities.USER;
    /** The lowest precedence, so that an application's own {@code ExceptionMapper<NotAllowedException>} wins. */
    public static final int EXCEPTION_MAPPER = Integer.MAX_VALUE;
    /** Response filters run in descending priority order: a low value runs after the application's. */
    public static final int RESPONSE_FILTER = 10;

    private ProviderPriorities() {
    }
}

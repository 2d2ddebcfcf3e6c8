package dev.restallow.internal.answer;

import dev.restallow.internal.route.AllowedMethods;
import dev.restallow.internal.route.RelativePath;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Says once per path, in the log, that the runtime answered 405 where the route model knows no
 * route: a resource generated at build time, built in code or hidden by the server. Bounded, because
 * the paths come from clients.
 */
public final class UnseenRoutes {

    private static final Logger LOG = Logger.getLogger("dev.restallow");
    static final int MAX_REPORTED = 32;
    private static final int MAX_PATH_LENGTH = 200;

    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    void report(RelativePath path, AllowedMethods runtimes) {
        if (reported.size() >= MAX_REPORTED || !reported.add(path.encoded())) {
            return;
        }
        String allow = runtimes == null ? "the runtime names none, so rest-allow sends no Allow"
                : "rest-allow keeps the runtime's Allow, completed: " + runtimes.headerValue();
        LOG.info(() -> "rest-allow: the runtime answered 405 at /" + printable(path.encoded())
                + ", a route rest-allow's model does not know (generated at build time, built in code, or hidden"
                + " by the server); " + allow
                + (reported.size() == MAX_REPORTED ? " (no further paths are reported)" : ""));
    }

    /** The path with anything but printable ASCII escaped, cut to a readable length: it comes from the client. */
    private static String printable(String path) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < path.length() && i < MAX_PATH_LENGTH; i++) {
            char c = path.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                text.append(c);
            } else {
                text.append(String.format("\\u%04x", (int) c));
            }
        }
        return path.length() > MAX_PATH_LENGTH ? text + "..." : text.toString();
    }
}

package dev.restallow.internal.answer;

import dev.restallow.internal.route.AllowedMethods;
import dev.restallow.internal.route.ApplicationRouteTable;
import dev.restallow.internal.route.RelativePath;
import dev.restallow.internal.route.RouteLookup;
import java.util.List;

/**
 * Decides the exact {@code Allow} of a 405: the route model's answer for a routing 405, the
 * methods the application named for a 405 it threw itself, and the runtime's own list,
 * completed with HEAD and OPTIONS, where the model cannot know. Never the refused method.
 *
 * <p>Jersey lists OPTIONS in its 405's {@code Allow} wherever its automatic OPTIONS answers; where it
 * leaves OPTIONS out (below some sub-resource locators), an OPTIONS request there gets 405 as well,
 * so its list is completed with HEAD only.
 */
public final class AllowResolver {

    private final ApplicationRouteTable routes;
    private final UnseenRoutes unseenRoutes = new UnseenRoutes();
    private final boolean runtimeListsItsOptions;

    private AllowResolver(ApplicationRouteTable routes, boolean runtimeListsItsOptions) {
        this.routes = routes;
        this.runtimeListsItsOptions = runtimeListsItsOptions;
    }

    /** For a runtime whose 405 may leave out OPTIONS where it answers OPTIONS all the same. */
    static AllowResolver of(ApplicationRouteTable routes) {
        return new AllowResolver(routes, false);
    }

    /** For Jersey, whose 405 lists OPTIONS exactly where it answers OPTIONS. */
    static AllowResolver forJersey(ApplicationRouteTable routes) {
        return new AllowResolver(routes, true);
    }

    /**
     * @param resourceMethodMatched whether a resource method had been matched, i.e. the
     *     application threw the 405 itself
     * @param path the request path relative to the application
     * @param refusedMethod the request's method, which a 405's {@code Allow} never lists
     * @param runtimeAllow the methods in the {@code Allow} that came with the 405
     * @return the exact methods, or null when neither the model nor the 405 names any
     */
    AllowedMethods resolve(boolean resourceMethodMatched, RelativePath path, String refusedMethod, List<String> runtimeAllow) {
        AllowedMethods allowed = resolve(resourceMethodMatched, path, runtimeAllow);
        return allowed == null ? null : allowed.without(refusedMethod);
    }

    private AllowedMethods resolve(boolean resourceMethodMatched, RelativePath path, List<String> runtimeAllow) {
        if (resourceMethodMatched && !runtimeAllow.isEmpty()) {
            return AllowedMethods.impliedBy(runtimeAllow);
        }
        RouteLookup lookup = routes.lookup(path);
        if (lookup instanceof RouteLookup.Match match) {
            return match.allowed();
        }
        AllowedMethods runtimes = runtimeAllow.isEmpty() ? null : completed(runtimeAllow);
        if (lookup instanceof RouteLookup.NoMatch && !resourceMethodMatched) {
            unseenRoutes.report(path, runtimes);
        }
        return runtimes;
    }

    private AllowedMethods completed(List<String> runtimeAllow) {
        AllowedMethods implied = AllowedMethods.impliedBy(runtimeAllow);
        return runtimeListsItsOptions && !runtimeAllow.contains("OPTIONS") ? implied.without("OPTIONS") : implied;
    }
}

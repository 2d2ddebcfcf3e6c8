package dev.restallow.tck.arquillian.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.restallow.tck.Http;
import java.net.URI;
import java.util.List;

/** What the two {@link IsolatedApplications} must answer when both are deployed. */
public final class IsolatedAnswers {

    private IsolatedAnswers() {
    }

    /**
     * Each application's 405 and automatic OPTIONS at {@code api/things} name its own methods, not
     * the other's and not a mix.
     *
     * @param shop the shop's base URI ({@code .../shop/api/})
     * @param library the library's base URI ({@code .../library/api/})
     */
    public static void assertEachHasItsOwnAllow(URI shop, URI library) {
        assertShopAnswers(shop);
        assertOwnAllow(new Http(library), "POST", IsolatedApplications.LIBRARY_ALLOW);
    }

    /** The shop's 405 and automatic OPTIONS at {@code api/things} name the shop's methods. */
    public static void assertShopAnswers(URI shop) {
        assertOwnAllow(new Http(shop), "DELETE", IsolatedApplications.SHOP_ALLOW);
    }

    private static void assertOwnAllow(Http application, String refused, String allow) {
        Http.Reply refusal = application.send(refused, "things");
        assertEquals(405, refusal.status(), refused + ": " + refusal);
        assertEquals(allow, refusal.header("Allow"), refused);
        assertEquals(List.of(allow.split(", ")), refusal.jsonStrings("allowed_methods"), refused);

        Http.Reply options = application.send("OPTIONS", "things");
        assertEquals(200, options.status(), "OPTIONS: " + options);
        assertEquals(allow, options.header("Allow"), "OPTIONS");
    }
}

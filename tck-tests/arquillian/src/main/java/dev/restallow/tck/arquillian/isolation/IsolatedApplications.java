package dev.restallow.tck.arquillian.isolation;

import dev.restallow.tck.arquillian.RestAllowJar;
import dev.restallow.tck.arquillian.isolation.library.LibraryApplication;
import dev.restallow.tck.arquillian.isolation.shop.ShopApplication;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Two applications with a resource at the same path, {@code api/things}, but different methods, each
 * with its own copy of rest-allow-core in {@code WEB-INF/lib}: deployed side by side in one server,
 * each must answer with its own {@code Allow}.
 */
public final class IsolatedApplications {

    public static final String SHOP = "shop";
    public static final String LIBRARY = "library";

    /** {@code Allow} of {@code api/things} in the shop (GET, POST). */
    public static final String SHOP_ALLOW = "GET, HEAD, POST, OPTIONS";

    /** {@code Allow} of {@code api/things} in the library (GET, DELETE). */
    public static final String LIBRARY_ALLOW = "GET, HEAD, DELETE, OPTIONS";

    /** A class only the library's deployment loads, to see whether its class loader is gone. */
    public static final String LIBRARY_ONLY_CLASS = "dev.restallow.tck.arquillian.isolation.library.LibraryThings";

    private IsolatedApplications() {
    }

    public static WebArchive shop() {
        return ShrinkWrap.create(WebArchive.class, SHOP + ".war")
                .addPackage(ShopApplication.class.getPackage())
                .addAsLibrary(RestAllowJar.archive());
    }

    public static WebArchive library() {
        return ShrinkWrap.create(WebArchive.class, LIBRARY + ".war")
                .addPackage(LibraryApplication.class.getPackage())
                .addAsLibrary(RestAllowJar.archive());
    }
}

/**
 * Step 1, at deployment: which resource classes the application has. Root classes come from the
 * runtime (its configuration, a {@code DynamicFeature}, RESTEasy's deployment, Jersey's model of
 * resources built in code, a servlet container's scan) into {@link dev.restallow.internal.scan.RootClasses};
 * {@link dev.restallow.internal.scan.ResourceClassScanner} reads them, locators included, into the
 * route model's input. The one small adapter per runtime that finds classes sits here, by reflection.
 */
package dev.restallow.internal.scan;

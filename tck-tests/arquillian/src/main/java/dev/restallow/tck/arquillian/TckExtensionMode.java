package dev.restallow.tck.arquillian;

/**
 * Whether the Jakarta REST TCK deployments get rest-allow: the system property {@value #PROPERTY},
 * {@code on} (the default) or {@code off} (Maven profile {@code rest-allow.off}).
 */
public enum TckExtensionMode {
    ON, OFF;

    public static final String PROPERTY = "restallow.tck.extension";

    public static TckExtensionMode current() {
        String value = System.getProperty(PROPERTY, "on").trim();
        return switch (value) {
            case "on", "true" -> ON;
            case "off", "false" -> OFF;
            default -> throw new IllegalStateException(PROPERTY + "=" + value + ": expected on or off");
        };
    }
}

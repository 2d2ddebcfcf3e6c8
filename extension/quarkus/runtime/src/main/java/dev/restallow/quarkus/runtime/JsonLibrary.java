package dev.restallow.quarkus.runtime;

/** The JSON library rest-allow writes its bodies with: the one the application already has. */
public enum JsonLibrary {
    /** The application's Jackson {@code ObjectMapper} bean (quarkus-rest-jackson, quarkus-jackson). */
    JACKSON,
    /** The application's JSON-B {@code Jsonb} bean (quarkus-rest-jsonb, quarkus-jsonb). */
    JSONB,
    /** Neither: rest-allow's own minimal writer. */
    NONE
}

package org.glassfish.jersey.examples.bookstore;

/** A book of the store. */
public record Book(String isbn, String title, String author) {
}

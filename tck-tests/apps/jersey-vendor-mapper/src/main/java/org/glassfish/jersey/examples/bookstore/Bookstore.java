package org.glassfish.jersey.examples.bookstore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The books of one running store. */
public final class Bookstore {

    private final Map<String, Book> books = new LinkedHashMap<>();

    public Bookstore() {
        add(new Book("978-0134685991", "Effective Java", "Joshua Bloch"));
        add(new Book("978-1617294945", "Spring in Action", "Craig Walls"));
    }

    public synchronized List<Book> books() {
        return new ArrayList<>(books.values());
    }

    public synchronized Book book(String isbn) {
        return books.get(isbn);
    }

    public synchronized boolean add(Book book) {
        return books.putIfAbsent(book.isbn(), book) == null;
    }
}

package dev.restallow.sample;

import jakarta.ws.rs.BadRequestException;

/**
 * A book as a client sends it: every field for POST and PUT, only the changed ones for PATCH.
 *
 * @param title the title
 * @param author the author's name
 * @param year the year of first publication
 */
public record BookInput(String title, String author, Integer year) {

    Book toBook(long id) {
        if (title == null || title.isBlank() || author == null || author.isBlank()) {
            throw new BadRequestException("a book needs a title and an author");
        }
        return new Book(id, title, author, year);
    }

    Book applyTo(Book book) {
        return new Book(book.id(),
                title != null ? title : book.title(),
                author != null ? author : book.author(),
                year != null ? year : book.year());
    }
}

package dev.restallow.sample;

/**
 * A book on the shelf, as the API returns it.
 *
 * @param id the shelf's number for the book
 * @param title the title
 * @param author the author's name
 * @param year the year of first publication
 */
public record Book(long id, String title, String author, Integer year) {
}

package dev.restallow.sample;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** The books, in memory, shared by every request of the application. */
final class Bookshelf {

    static final Bookshelf SHARED = withSampleBooks();

    private final Map<Long, Book> books = new ConcurrentHashMap<>();
    private final AtomicLong lastId = new AtomicLong();

    private static Bookshelf withSampleBooks() {
        Bookshelf shelf = new Bookshelf();
        shelf.add(new BookInput("The Left Hand of Darkness", "Ursula K. Le Guin", 1969));
        shelf.add(new BookInput("A Wizard of Earthsea", "Ursula K. Le Guin", 1968));
        shelf.add(new BookInput("Kindred", "Octavia E. Butler", 1979));
        return shelf;
    }

    List<Book> all() {
        return sorted(books.values().stream());
    }

    Optional<Book> find(long id) {
        return Optional.ofNullable(books.get(id));
    }

    Book add(BookInput input) {
        Book book = input.toBook(lastId.incrementAndGet());
        books.put(book.id(), book);
        return book;
    }

    Optional<Book> replace(long id, BookInput input) {
        return Optional.ofNullable(books.computeIfPresent(id, (key, old) -> input.toBook(key)));
    }

    Optional<Book> update(long id, UnaryOperator<Book> change) {
        return Optional.ofNullable(books.computeIfPresent(id, (key, old) -> change.apply(old)));
    }

    boolean remove(long id) {
        return books.remove(id) != null;
    }

    List<Book> search(String text) {
        String needle = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return sorted(books.values().stream().filter(book -> book.title().toLowerCase(Locale.ROOT).contains(needle)
                || book.author().toLowerCase(Locale.ROOT).contains(needle)));
    }

    List<Book> byAuthor(String author) {
        return sorted(books.values().stream().filter(book -> book.author().equalsIgnoreCase(author)));
    }

    private static List<Book> sorted(Stream<Book> books) {
        return books.sorted(Comparator.comparingLong(Book::id)).toList();
    }
}

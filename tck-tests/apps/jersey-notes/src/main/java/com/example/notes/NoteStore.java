package com.example.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The notes of one running application, in memory. */
public final class NoteStore {

    private final Map<Long, Note> notes = new TreeMap<>();
    private long lastId;

    public NoteStore() {
        add("groceries", "milk, bread");
        add("ideas", "write more tests");
    }

    public synchronized List<Note> all() {
        return new ArrayList<>(notes.values());
    }

    public synchronized Optional<Note> find(long id) {
        return Optional.ofNullable(notes.get(id));
    }

    public synchronized Note add(String title, String text) {
        Note note = new Note(++lastId, title, text);
        notes.put(note.id(), note);
        return note;
    }

    public synchronized Optional<Note> replace(long id, String title, String text) {
        if (!notes.containsKey(id)) {
            return Optional.empty();
        }
        Note note = new Note(id, title, text);
        notes.put(id, note);
        return Optional.of(note);
    }

    public synchronized boolean remove(long id) {
        return notes.remove(id) != null;
    }
}

package com.example.documents;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The documents of one running application; "archived" ones are read-only. */
public final class Documents {

    private final Map<String, String> texts = new HashMap<>(Map.of("draft", "first words", "archived", "old words"));
    private final Set<String> archived = Set.of("archived");

    public synchronized String text(String name) {
        return texts.get(name);
    }

    public synchronized void write(String name, String text) {
        texts.put(name, text);
    }

    public boolean archived(String name) {
        return archived.contains(name);
    }
}

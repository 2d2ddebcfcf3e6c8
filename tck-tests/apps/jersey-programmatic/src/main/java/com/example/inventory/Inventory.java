package com.example.inventory;

import java.util.Map;
import java.util.TreeMap;

/** Stock levels of one running application. */
public final class Inventory {

    private final Map<String, Integer> levels = new TreeMap<>(Map.of("bolts", 40, "nuts", 12));
    private volatile boolean open = true;

    public synchronized Map<String, Integer> levels() {
        return new TreeMap<>(levels);
    }

    public synchronized Integer level(String name) {
        return levels.get(name);
    }

    public synchronized void set(String name, int level) {
        levels.put(name, level);
    }

    public synchronized boolean remove(String name) {
        return levels.remove(name) != null;
    }

    public boolean open() {
        return open;
    }

    public void open(boolean value) {
        open = value;
    }
}

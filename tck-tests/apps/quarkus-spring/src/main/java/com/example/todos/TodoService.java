package com.example.todos;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

@Service
public class TodoService {

    private final Map<Long, Todo> todos = new TreeMap<>();
    private long lastId;

    public TodoService() {
        create("buy milk");
    }

    public synchronized List<Todo> all() {
        return new ArrayList<>(todos.values());
    }

    public synchronized Optional<Todo> find(long id) {
        return Optional.ofNullable(todos.get(id));
    }

    public synchronized Todo create(String title) {
        Todo todo = new Todo(++lastId, title, false);
        todos.put(todo.id(), todo);
        return todo;
    }

    public synchronized Optional<Todo> complete(long id) {
        return find(id).map(todo -> {
            Todo done = new Todo(id, todo.title(), true);
            todos.put(id, done);
            return done;
        });
    }

    public synchronized boolean delete(long id) {
        return todos.remove(id) != null;
    }
}

package com.example.todos;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/todos")
public class TodoController {

    private final TodoService service;

    public TodoController(TodoService service) {
        this.service = service;
    }

    @GetMapping(produces = "application/json")
    public List<Todo> all() {
        return service.all();
    }

    @PostMapping(consumes = "application/json", produces = "application/json")
    public ResponseEntity<Todo> create(@RequestBody Todo todo) {
        if (todo == null || todo.title() == null || todo.title().isBlank()) {
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(service.create(todo.title()));
    }

    @GetMapping(path = "/{id}", produces = "application/json")
    public ResponseEntity<Todo> one(@PathVariable("id") long id) {
        return service.find(id).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** Marks the todo done. */
    @PatchMapping(path = "/{id}", produces = "application/json")
    public ResponseEntity<Todo> complete(@PathVariable("id") long id) {
        return service.complete(id).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable("id") long id) {
        return service.delete(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }
}

package com.example.todos;

/** A todo as the API shows it. */
public record Todo(long id, String title, boolean done) {
}

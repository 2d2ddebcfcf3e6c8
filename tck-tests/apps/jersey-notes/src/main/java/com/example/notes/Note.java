package com.example.notes;

/** A note as the API shows it. */
public record Note(long id, String title, String text) {
}

package com.example.shop;

/** An order as the API shows it. */
public record Order(long id, String item, int quantity, String state) {
}

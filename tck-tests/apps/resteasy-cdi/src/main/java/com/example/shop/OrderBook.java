package com.example.shop;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every order of the running shop. */
@ApplicationScoped
public class OrderBook {

    private final Map<Long, Order> orders = new TreeMap<>();
    private long lastId;

    public OrderBook() {
        place("coffee", 2);
    }

    public synchronized List<Order> all() {
        return new ArrayList<>(orders.values());
    }

    public synchronized Optional<Order> find(long id) {
        return Optional.ofNullable(orders.get(id));
    }

    public synchronized Order place(String item, int quantity) {
        Order order = new Order(++lastId, item, quantity, "open");
        orders.put(order.id(), order);
        return order;
    }

    public synchronized Optional<Order> cancel(long id) {
        return find(id).map(order -> {
            Order cancelled = new Order(id, order.item(), order.quantity(), "cancelled");
            orders.put(id, cancelled);
            return cancelled;
        });
    }
}

package dev.restallow.tck.generated;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;

/** A person, served by {@link PeopleResource}: REST Data with Panache generates its JAX-RS resource. */
@Entity
public class Person extends PanacheEntity {

    public String name;
}

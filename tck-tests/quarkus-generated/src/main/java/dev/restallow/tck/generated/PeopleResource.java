package dev.restallow.tck.generated;

import io.quarkus.hibernate.orm.rest.data.panache.PanacheEntityResource;

/**
 * REST Data with Panache implements this interface at build time as a JAX-RS resource at
 * {@code /people}: list, count, get, add, update, delete. No class of the application carries its {@code @Path}.
 */
public interface PeopleResource extends PanacheEntityResource<Person, Long> {
}

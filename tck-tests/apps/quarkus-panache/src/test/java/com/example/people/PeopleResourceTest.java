package com.example.people;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PeopleResourceTest {

    @Test
    void listsPeople() {
        given().when().get("/people")
                .then().statusCode(200).contentType(ContentType.JSON).body("name", hasItem("Ada Lovelace"));
    }

    @Test
    void createsReadsUpdatesAndDeletesAPerson() {
        int id = given().contentType(ContentType.JSON).body("{\"name\":\"Grace Hopper\",\"born\":1906}")
                .when().post("/people")
                .then().statusCode(201).body("name", equalTo("Grace Hopper")).extract().path("id");

        given().when().get("/people/" + id).then().statusCode(200).body("born", equalTo(1906));

        given().contentType(ContentType.JSON).body("{\"id\":" + id + ",\"name\":\"Grace B. Hopper\",\"born\":1906}")
                .when().put("/people/" + id)
                .then().statusCode(204);
        given().when().get("/people/" + id).then().statusCode(200).body("name", equalTo("Grace B. Hopper"));

        given().when().delete("/people/" + id).then().statusCode(204);
        given().when().get("/people/" + id).then().statusCode(404);
    }

    @Test
    void aMissingPersonIs404() {
        given().when().get("/people/9999").then().statusCode(404);
        given().when().delete("/people/9999").then().statusCode(404);
    }

    @Test
    void greets() {
        given().when().get("/hello").then().statusCode(200).body(equalTo("Hello from Quarkus REST"));
        given().when().get("/hello/Ada").then().statusCode(200).body(containsString("Ada"));
    }

    @Test
    void postingToAGreetingIsNotAllowed() {
        given().when().post("/hello").then().statusCode(405);
    }

    @Test
    void headOfPeople() {
        given().when().head("/people").then().statusCode(200);
    }

    @Test
    void anUnknownPathIs404() {
        given().when().get("/animals").then().statusCode(404);
    }
}

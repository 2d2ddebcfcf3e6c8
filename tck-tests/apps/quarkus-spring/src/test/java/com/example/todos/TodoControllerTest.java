package com.example.todos;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TodoControllerTest {

    @Test
    void listsTodos() {
        given().when().get("/todos").then().statusCode(200).contentType(ContentType.JSON).body("title", hasItem("buy milk"));
    }

    @Test
    void createsCompletesAndDeletesATodo() {
        int id = given().contentType(ContentType.JSON).body("{\"title\":\"write tests\"}")
                .when().post("/todos")
                .then().statusCode(201).body("done", equalTo(false)).extract().path("id");
        given().when().patch("/todos/" + id).then().statusCode(200).body("done", equalTo(true));
        given().when().delete("/todos/" + id).then().statusCode(204);
        given().when().get("/todos/" + id).then().statusCode(404);
    }

    @Test
    void aTodoWithoutTitleIsRefused() {
        given().contentType(ContentType.JSON).body("{}").when().post("/todos").then().statusCode(400);
    }

    @Test
    void todosCannotBeReplaced() {
        given().contentType(ContentType.JSON).body("{}").when().put("/todos/1").then().statusCode(405);
    }

    @Test
    void versionIsText() {
        given().when().get("/version").then().statusCode(200).body(equalTo("1.0"));
    }

    @Test
    void anUnknownPathIs404() {
        given().when().get("/projects").then().statusCode(404);
    }
}

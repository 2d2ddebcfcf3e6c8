package dev.restallow.tck.generated.spring;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A quarkus-spring-web controller: Quarkus REST serves it from Spring's annotations, none of them JAX-RS. */
@RestController
@RequestMapping("/greetings")
public class GreetingsController {

    @GetMapping(produces = "application/json")
    public List<String> list() {
        return List.of("hello", "bonjour");
    }

    @PostMapping(consumes = "application/json", produces = "application/json")
    public Map<String, String> add(@RequestBody Map<String, String> greeting) {
        return greeting;
    }

    @GetMapping(path = "/{word}", produces = "application/json")
    public Map<String, String> get(@PathVariable("word") String word) {
        return Map.of("greeting", word);
    }

    @DeleteMapping("/{word}")
    public void delete(@PathVariable("word") String word) {
    }
}

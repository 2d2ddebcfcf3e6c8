package dev.restallow.tck.arquillian;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.restallow.tck.ContractTargets;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

/** Every contract test of the suite comes back as a dynamic test that fails as the contract test did. */
class ContractSuiteTest {

    @Test
    void aServerThatIsNotThereFailsEveryContractTestByName() {
        URI nowhere = URI.create("http://127.0.0.1:9/");
        List<DynamicTest> tests = ContractSuite.run(new ContractTargets(nowhere.resolve("with/"),
                nowhere.resolve("without/"), nowhere.resolve("mapped/")));

        assertTrue(tests.size() > 30, () -> tests.size() + " tests");
        assertTrue(tests.stream().anyMatch(test -> test.getDisplayName().equals("ExactAllowTest.every405NamesTheExactMethods")),
                () -> tests.stream().map(DynamicTest::getDisplayName).toList().toString());
        for (DynamicTest test : tests) {
            assertThrows(Throwable.class, () -> test.getExecutable().execute(), test.getDisplayName());
        }
    }
}

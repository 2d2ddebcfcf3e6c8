package dev.restallow.internal.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class MatchedResourceTest {

    interface Contract {
        @PUT
        String put(String body);
    }

    static class Implementation implements Contract {
        @Override
        public String put(String body) {
            return body;
        }
    }

    static class Direct {
        @PUT
        public String put(String body) {
            return body;
        }

        @Path("{child}")
        public Object locator() {
            return this;
        }
    }

    private static ResourceInfo matched(Class<?> type, String name, Class<?>... parameters) throws NoSuchMethodException {
        Method method = type.getMethod(name, parameters);
        return new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return method;
            }

            @Override
            public Class<?> getResourceClass() {
                return type;
            }
        };
    }

    @Test
    void aResourceMethodIsAMatch() throws NoSuchMethodException {
        assertTrue(MatchedResource.isMatched(matched(Direct.class, "put", String.class)));
    }

    @Test
    void annotationsInheritedFromAnInterfaceCount() throws NoSuchMethodException {
        assertTrue(MatchedResource.isMatched(matched(Implementation.class, "put", String.class)));
    }

    /** CXF reports the locator it went through when the method selection below it fails. */
    @Test
    void aLocatorIsNoMatch() throws NoSuchMethodException {
        assertFalse(MatchedResource.isMatched(matched(Direct.class, "locator")));
    }

    @Test
    void nothingMatched() {
        assertFalse(MatchedResource.isMatched(null));
        assertFalse(MatchedResource.isMatched(new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return null;
            }

            @Override
            public Class<?> getResourceClass() {
                return null;
            }
        }));
        assertFalse(MatchedResource.isMatched(new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                throw new IllegalStateException("not matched");
            }

            @Override
            public Class<?> getResourceClass() {
                return null;
            }
        }));
    }
}

package org.kontingent.platform.api.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a resource class (its tag) or a resource method (its operation) in the OpenAPI
 * document the platform serves at {@code /api/openapi.json}. Paths, methods, parameters and
 * media types are read from the JAX-RS annotations; this adds the words.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ApiDoc {
    /** One line: what the operation does, or the name of the tag on a class. */
    String value();

    /** Longer text, optional. */
    String description() default "";

    /** Status codes other than 200 the operation answers with, e.g. {@code {"404 plugin not found"}}. */
    String[] responses() default {};
}

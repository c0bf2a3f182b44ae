package org.kontingent.platform.api.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The access rule of a REST resource method (or of every method of a class): the caller must be
 * signed in and hold every listed permission; with none listed, being signed in is enough. What
 * the caller then sees is limited by their {@link Scope}, which the resource passes on to the
 * services it calls. A resource method with neither this nor {@link Public} is refused to
 * everyone, and the platform's endpoint matrix test fails on it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allowed {
    /** The permissions the caller needs, all of them. */
    Permission[] value() default {};
}

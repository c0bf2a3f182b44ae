package org.kontingent.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.kontingent.security.cfg}: sign-in, sessions and the first administrator. */
@ObjectClassDefinition(id = SecurityConfiguration.PID, name = "Kontingent security",
        description = "Sign-in, console sessions, lockout and the first administrator")
public @interface SecurityConfiguration {
    String PID = "org.kontingent.security";

    @AttributeDefinition(name = "Idle timeout (minutes)", description = "A console session ends after this long without a request")
    int sessionIdleMinutes() default 30;

    @AttributeDefinition(name = "Absolute timeout (hours)", description = "A console session ends this long after sign-in, however busy")
    int sessionAbsoluteHours() default 12;

    @AttributeDefinition(name = "Failed sign-ins before lockout")
    int maxFailedSignIns() default 5;

    @AttributeDefinition(name = "Lockout (minutes)", description = "How long an account stays locked after too many failed sign-ins")
    int lockoutMinutes() default 15;

    @AttributeDefinition(name = "PBKDF2 iterations", description = "Work factor of new password hashes (at least 210000)")
    int passwordIterations() default PasswordHasher.DEFAULT_ITERATIONS;

    @AttributeDefinition(name = "Secure cookies", description = "Mark the session cookie Secure (HTTPS only; browsers also accept it on localhost)")
    boolean secureCookies() default true;

    @AttributeDefinition(name = "First administrator's password", type = AttributeType.PASSWORD,
            description = "Used once, when there is no account yet; when empty, a one-time password is generated and logged")
    String initialAdminPassword() default "";
}

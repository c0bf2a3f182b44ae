package org.kontingent.gateway.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The gateway's settings ({@code etc/org.kontingent.gateway.cfg}). */
@ObjectClassDefinition(name = "Kontingent gateway", description = "How packages from data providers are taken and applied")
public @interface GatewayConfiguration {
    String PID = "org.kontingent.gateway";

    @AttributeDefinition(name = "Workers", description = "Packages applied at the same time (of different providers)", min = "1", max = "32")
    int workers() default 2;

    @AttributeDefinition(name = "Poll interval, ms", description = "How often an idle worker looks for waiting packages", min = "50")
    int pollMillis() default 250;

    @AttributeDefinition(name = "Largest package, MiB", description = "Larger packages are refused on receipt", min = "1")
    int maxPackageMegabytes() default 50;

    @AttributeDefinition(name = "Suspend after rejected packages", min = "1",
            description = "A provider whose packages are rejected this many times in a row is suspended until an administrator lifts it")
    int suspendAfterRejected() default 20;

    @AttributeDefinition(name = "Pull check, s", min = "1",
            description = "How often the gateway looks for providers due to be asked for their changes")
    int pullCheckSeconds() default 15;

    @AttributeDefinition(name = "Attempts", min = "1",
            description = "How many times a package is tried while the registry cannot be written, before it is rejected")
    int maxAttempts() default 10;
}

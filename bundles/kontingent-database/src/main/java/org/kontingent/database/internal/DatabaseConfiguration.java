package org.kontingent.database.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * {@code etc/org.kontingent.database.cfg}: where the registry keeps its data.
 */
@ObjectClassDefinition(
        id = DatabaseConfiguration.PID,
        name = "Kontingent database",
        description = "Leave url empty to run the embedded PostgreSQL; set it to use an external PostgreSQL 15+.")
public @interface DatabaseConfiguration {
    String PID = "org.kontingent.database";

    @AttributeDefinition(name = "JDBC URL",
            description = "jdbc:postgresql://host:port/database of an external PostgreSQL; empty for the embedded one",
            required = false)
    String url() default "";

    @AttributeDefinition(name = "User", required = false)
    String user() default "";

    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD, required = false)
    String password() default "";

    @AttributeDefinition(name = "Embedded port", description = "TCP port of the embedded PostgreSQL on 127.0.0.1")
    int embedded_port() default 5488;

    @AttributeDefinition(name = "Embedded data directory",
            description = "Where the embedded PostgreSQL keeps its files; empty for ${karaf.data}/postgresql",
            required = false)
    String embedded_dataDirectory() default "";

    @AttributeDefinition(name = "Pool size", description = "Maximum number of pooled connections")
    int pool_maximumSize() default 16;

    @AttributeDefinition(name = "Connection timeout (ms)",
            description = "How long a request waits for a connection before it fails")
    int pool_connectionTimeoutMs() default 3000;
}

package org.kontingent.platform.api.database;

/**
 * How a bundle declares its schema migrations.
 *
 * <p>A bundle with tables names the folder of its migration scripts in the manifest header
 * {@value #HEADER}, e.g. {@code Kontingent-Migrations: db/migration}. Scripts are named
 * {@code V<version>__<description>.sql} (version a positive integer) and are applied in
 * version order, each in its own transaction, under a database-wide lock, exactly once: an
 * applied script must never change (its checksum is kept). Uninstalling the bundle never
 * drops its tables.
 *
 * <p>A bundle whose scripts build on another bundle's tables (views over them, foreign keys)
 * names those bundles in the manifest header {@value #AFTER_HEADER}, a comma-separated list of
 * symbolic names: its scripts wait until theirs are applied.
 *
 * <p>When all of a bundle's scripts are applied, the platform registers a {@link MigratedSchema}
 * service with the property {@value #OWNER_PROPERTY} set to the bundle's symbolic name.
 * Components that use the tables reference it, e.g.
 * {@code @Reference(target = "(kontingent.schema.owner=my-bundle)") MigratedSchema schema}.
 */
public final class Migrations {
    /** Manifest header naming the folder of migration scripts inside the bundle. */
    public static final String HEADER = "Kontingent-Migrations";
    /** Manifest header naming the bundles (symbolic names, comma-separated) whose migrations go first. */
    public static final String AFTER_HEADER = "Kontingent-Migrations-After";
    /** Service property of {@link MigratedSchema}: the owning bundle's symbolic name. */
    public static final String OWNER_PROPERTY = "kontingent.schema.owner";
    /** Service property of {@link MigratedSchema}: the highest applied version. */
    public static final String VERSION_PROPERTY = "kontingent.schema.version";

    private Migrations() {
    }
}

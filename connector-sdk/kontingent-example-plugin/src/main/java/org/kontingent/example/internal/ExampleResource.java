package org.kontingent.example.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.kontingent.platform.api.Plugin;
import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.platform.api.rest.ApiDoc;
import org.kontingent.platform.api.rest.RestApi;
import org.osgi.annotation.bundle.Header;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/example/visits}: counts visits in the plugin's own table. The component
 * starts only when the platform has applied the plugin's migrations.
 */
@Plugin(kind = "extension", id = ExampleResource.ID, name = "Example plugin")
@Header(name = Migrations.HEADER, value = "db/migration")
@Component(service = ExampleResource.class)
@JaxrsResource
@JaxrsExtensionSelect(RestApi.JSON_EXTENSION_FILTER)
@Path(RestApi.BASE + "/example/visits")
@Produces(MediaType.APPLICATION_JSON)
@ApiDoc("Example plugin")
public class ExampleResource {
    static final String ID = "kontingent-example-plugin";

    private final DataSource dataSource;

    /**
     * @param visits what the visit counter answers
     */
    public record Visits(String plugin, long visits) {
    }

    @Activate
    public ExampleResource(@Reference(target = "(dataSourceName=kontingent)") DataSource dataSource,
            @Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + ID + ")") MigratedSchema schema) {
        this.dataSource = dataSource;
    }

    @GET
    @ApiDoc("How many visits were recorded")
    public Visits count() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM example_plugin.visit")) {
            rs.next();
            return new Visits(ID, rs.getLong(1));
        }
    }

    @POST
    @ApiDoc("Record a visit")
    public Visits visit() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO example_plugin.visit DEFAULT VALUES");
        }
        return count();
    }
}

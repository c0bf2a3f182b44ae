package org.kontingent.example.internal;

import java.time.OffsetDateTime;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
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
import org.kontingent.platform.api.security.Allowed;
import org.osgi.annotation.bundle.Header;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/example/visits}: counts visits in the plugin's own table through its JPA
 * persistence unit. The component starts only when the platform has applied the plugin's
 * migrations and the persistence unit is up.
 */
@Plugin(kind = "extension", id = ExampleResource.ID, name = "Example plugin")
@Header(name = Migrations.HEADER, value = "db/migration")
@Header(name = "Meta-Persistence", value = "META-INF/persistence.xml")
@Component(service = ExampleResource.class)
@JaxrsResource
@JaxrsExtensionSelect({RestApi.JSON_EXTENSION_FILTER, RestApi.SECURITY_EXTENSION_FILTER})
@Path(RestApi.BASE + "/example/visits")
@Produces(MediaType.APPLICATION_JSON)
@ApiDoc("Example plugin")
@Allowed
public class ExampleResource {
    static final String ID = "kontingent-example-plugin";
    static final String PERSISTENCE_UNIT = "kontingent-example";

    private final EntityManagerFactory persistence;

    /**
     * @param visits what the visit counter answers
     */
    public record Visits(String plugin, long visits) {
    }

    @Activate
    public ExampleResource(@Reference(target = "(osgi.unit.name=" + PERSISTENCE_UNIT + ")") EntityManagerFactory persistence,
            @Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + ID + ")") MigratedSchema schema) {
        this.persistence = persistence;
    }

    @GET
    @ApiDoc("How many visits were recorded")
    public Visits count() {
        EntityManager entities = persistence.createEntityManager();
        try {
            return new Visits(ID, entities.createQuery("SELECT COUNT(v) FROM Visit v", Long.class).getSingleResult());
        } finally {
            entities.close();
        }
    }

    @POST
    @ApiDoc("Record a visit")
    public Visits visit() {
        EntityManager entities = persistence.createEntityManager();
        EntityTransaction transaction = entities.getTransaction();
        try {
            transaction.begin();
            entities.persist(new Visit(OffsetDateTime.now()));
            transaction.commit();
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            entities.close();
        }
        return count();
    }
}

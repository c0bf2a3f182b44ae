package org.kontingent.platform.rest.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.kontingent.platform.api.health.Health;
import org.kontingent.platform.api.health.HealthIndicator;
import org.kontingent.platform.api.rest.ApiDoc;
import org.kontingent.platform.api.rest.RestApi;
import org.kontingent.platform.api.security.Public;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/v1/health}: every {@link HealthIndicator} of the platform and its plugins.
 * 200 while all critical parts are up, 503 when one is down; the body says what is wrong.
 */
@Component(service = HealthResource.class)
@JaxrsResource
@JaxrsExtensionSelect(RestApi.JSON_EXTENSION_FILTER)
@Path(RestApi.BASE + "/health")
@ApiDoc("Health")
@Public
public class HealthResource {
    private static final Logger LOG = LoggerFactory.getLogger(HealthResource.class);
    /** Checks the platform cannot be healthy without: their absence is itself a failure. */
    static final List<String> REQUIRED = List.of("database");

    private final List<HealthIndicator> indicators = new CopyOnWriteArrayList<>();
    private final VersionInfo version;

    @Activate
    public HealthResource(@Reference VersionInfo version) {
        this.version = version;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addIndicator(HealthIndicator indicator) {
        indicators.add(indicator);
    }

    void removeIndicator(HealthIndicator indicator) {
        indicators.remove(indicator);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @ApiDoc(value = "Whether the platform can serve",
            description = "Database reachable, migrations applied, failed bundles named, plugins listed.",
            responses = "503 a critical part is down; the body says which and why")
    public Response health() {
        HealthReport report = report();
        return Response.status(report.status().equals(HealthReport.UP) ? 200 : 503).entity(report).build();
    }

    HealthReport report() {
        Map<String, HealthReport.Check> checks = new TreeMap<>();
        boolean up = true;
        for (HealthIndicator indicator : indicators) {
            Health health = safeCheck(indicator);
            checks.put(indicator.name(), new HealthReport.Check(
                    health.up() ? HealthReport.UP : HealthReport.DOWN, health.critical(), health.message(), health.details()));
            up &= health.up() || !health.critical();
        }
        for (String name : REQUIRED) {
            if (!checks.containsKey(name)) {
                checks.put(name, new HealthReport.Check(HealthReport.DOWN, true,
                        "the " + name + " check is not running: its bundle is stopped or starting", Map.of()));
                up = false;
            }
        }
        return new HealthReport(up ? HealthReport.UP : HealthReport.DOWN, version.version(), checks);
    }

    private static Health safeCheck(HealthIndicator indicator) {
        try {
            return indicator.check();
        } catch (RuntimeException e) {
            LOG.warn("Health indicator {} failed", indicator.name(), e);
            return Health.down("the check itself failed: " + e, Map.of());
        }
    }
}

package org.kontingent.registry.core.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the persons whose membership ended a year ago out of the scope table
 * ({@code registry.person_scope}), at start and then every six hours: the triggers keep the
 * table right as rows change, but not as days pass. A week of endings is looked at each time,
 * so that a platform that was down a few days catches up.
 */
@Component(immediate = true)
public class PersonScopeRefresh {
    private static final Logger LOG = LoggerFactory.getLogger(PersonScopeRefresh.class);
    static final String REFRESH = "SELECT registry.person_scope_refresh(registry.person_scope_touched(array("
            + "SELECT DISTINCT person_id FROM registry.membership"
            + " WHERE ends_on > current_date - " + (ScopeSql.RETENTION_DAYS + 7) + " AND ends_on <= current_date - "
            + ScopeSql.RETENTION_DAYS + ")))";

    private final DataSource dataSource;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "kontingent-person-scope-refresh"));

    @Activate
    public PersonScopeRefresh(@Reference(target = "(dataSourceName=kontingent)") DataSource dataSource,
            @Reference(target = "(" + Migrations.OWNER_PROPERTY + "=kontingent-registry-core)") MigratedSchema schema) {
        this.dataSource = dataSource;
        timer.scheduleWithFixedDelay(this::refresh, 1, TimeUnit.HOURS.toMinutes(6), TimeUnit.MINUTES);
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }

    void refresh() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(REFRESH);
        } catch (SQLException e) {
            LOG.warn("The scope table could not be refreshed; it is tried again in six hours: {}", e.getMessage());
        }
    }
}

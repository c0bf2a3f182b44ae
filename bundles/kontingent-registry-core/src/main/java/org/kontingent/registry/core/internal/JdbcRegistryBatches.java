package org.kontingent.registry.core.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.registry.api.batch.Batch;
import org.kontingent.registry.api.batch.BatchOutcome;
import org.kontingent.registry.api.batch.RegistryBatches;
import org.kontingent.registry.api.command.Source;
import org.kontingent.registry.api.extension.ExtensionData;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@link RegistryBatches}: a batch in one transaction with the source's priorities, its entries
 * under savepoints; extension entries go to the {@link ExtensionData} services present.
 */
@Component(service = RegistryBatches.class)
public class JdbcRegistryBatches implements RegistryBatches {
    private final DataSource dataSource;
    private final Clock clock;
    private final Map<String, ExtensionData> extensions = new ConcurrentHashMap<>();

    @Activate
    public JdbcRegistryBatches(@Reference(target = "(dataSourceName=kontingent)") DataSource dataSource,
            @Reference(target = "(" + Migrations.OWNER_PROPERTY + "=kontingent-registry-core)") MigratedSchema schema) {
        this(dataSource, Clock.systemDefaultZone());
    }

    JdbcRegistryBatches(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addExtension(ExtensionData extension) {
        extensions.put(extension.id(), extension);
    }

    public void removeExtension(ExtensionData extension) {
        extensions.remove(extension.id(), extension);
    }

    @Override
    public BatchOutcome apply(Batch batch, Source source, Map<Long, Integer> priorities) {
        LocalDate today = LocalDate.now(clock);
        try {
            NameParts.register(dataSource, batch);
        } catch (SQLException e) {
            throw new IllegalStateException("The registry could not be written: " + e.getMessage(), e);
        }
        return Transactions.run(dataSource, source, (c, sourceId) -> {
            NameParts.registered(c);
            SourcePriorities.set(c, sourceId, priorities);
            return new BatchApplication(c, sourceId, today, extensions::get).run(batch);
        });
    }

    @Override
    public void prioritize(Source source, Map<Long, Integer> priorities) {
        Transactions.run(dataSource, source, (c, sourceId) -> {
            SourcePriorities.set(c, sourceId, priorities);
            return null;
        });
    }
}

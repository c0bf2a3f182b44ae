package org.kontingent.registry.core.internal;

import java.time.Clock;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.registry.api.batch.Batch;
import org.kontingent.registry.api.batch.BatchOutcome;
import org.kontingent.registry.api.batch.RegistryBatches;
import org.kontingent.registry.api.command.Source;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link RegistryBatches}: a batch in one transaction, its entries one by one under savepoints. */
@Component(service = RegistryBatches.class)
public class JdbcRegistryBatches implements RegistryBatches {
    private final DataSource dataSource;
    private final Clock clock;

    @Activate
    public JdbcRegistryBatches(@Reference(target = "(dataSourceName=kontingent)") DataSource dataSource,
            @Reference(target = "(" + Migrations.OWNER_PROPERTY + "=kontingent-registry-core)") MigratedSchema schema) {
        this(dataSource, Clock.systemDefaultZone());
    }

    JdbcRegistryBatches(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public BatchOutcome apply(Batch batch, Source source) {
        LocalDate today = LocalDate.now(clock);
        return Transactions.run(dataSource, source, (c, sourceId) -> new BatchApplication(c, sourceId, today).run(batch));
    }
}

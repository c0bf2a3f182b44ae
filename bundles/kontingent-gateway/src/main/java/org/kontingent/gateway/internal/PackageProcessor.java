package org.kontingent.gateway.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.ExchangePackage;
import org.kontingent.connector.api.exchange.RecordError;
import org.kontingent.connector.api.format.PackageFormat;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.format.UnreadablePackageException;
import org.kontingent.registry.api.batch.BatchOutcome;
import org.kontingent.registry.api.batch.EntryOutcome;
import org.kontingent.registry.api.batch.RegistryBatches;
import org.kontingent.registry.api.command.Source;
import org.kontingent.registry.api.query.RegistryQueries;

/**
 * What is done with one package: read in its format, checked by the gateway, applied to the
 * registry as one batch, and summed up with its error packet. Reading and checking never throw;
 * only a registry that cannot be written does, and then the package waits to be tried again.
 */
final class PackageProcessor {
    private final ProviderStore providers;
    private final Connectors connectors;
    private final RegistryBatches registry;
    private final RegistryQueries queries;

    PackageProcessor(ProviderStore providers, Connectors connectors, RegistryBatches registry, RegistryQueries queries) {
        this.providers = providers;
        this.connectors = connectors;
        this.registry = registry;
        this.queries = queries;
    }

    PackageStore.Finish process(PackageStore.Claimed p) {
        Provider provider = providers.find(p.providerId());
        PackageFormat format = connectors.find(p.mediaType());
        if (format == null) {
            return rejected(null, RecordError.ofPackage(ErrorCode.UNSUPPORTED_FORMAT, "No installed connector reads "
                    + p.mediaType() + "; the package is kept and can be replayed once one is installed"));
        }
        ReadResult read;
        try {
            read = format.read(new ByteArrayInputStream(p.body()), p.fileName());
        } catch (UnreadablePackageException e) {
            return rejected(format.id(), RecordError.ofPackage(e.code(), e.getMessage()));
        } catch (RuntimeException e) {
            return rejected(format.id(), RecordError.ofPackage(ErrorCode.MALFORMED, "The " + format.id()
                    + " connector failed to read the package: " + e));
        }
        ExchangePackage exchange = read.exchangePackage();
        if (exchange.version() != null && !ExchangePackage.VERSION.equals(exchange.version())) {
            return rejected(format.id(), RecordError.ofPackage(ErrorCode.UNSUPPORTED_VERSION, "The package follows exchange model "
                    + exchange.version() + "; the gateway reads " + ExchangePackage.VERSION));
        }
        if (read.received() == 0) {
            return rejected(format.id(), RecordError.ofPackage(ErrorCode.EMPTY, "The package holds no records"));
        }
        boolean upload = p.uploaderScope() != null;
        ExchangeMapping.Mapped mapped = new ExchangeMapping(upload ? OrganizationCodes.within(p.uploaderScope(), queries)
                : OrganizationCodes.of(provider)).map(read);
        Source source = upload ? new Source(Source.Kind.IMPORT, p.receivedBy(), provider.name() + ": " + p.receivedBy())
                : provider.source();
        List<RecordError> errors = new ArrayList<>(read.errors());
        errors.addAll(mapped.errors());
        int refused = read.unreadable() + mapped.refused();
        int applied = 0;
        int flagged = 0;
        if (mapped.batch().size() > 0) {
            BatchOutcome outcome = registry.apply(mapped.batch(), source, upload ? Map.of() : provider.priorities());
            for (EntryOutcome e : outcome.entries()) {
                String label = label(mapped.labels(), e);
                e.violations().forEach(v -> errors.add(ErrorCodes.of(label, v)));
                e.notices().forEach(v -> errors.add(ErrorCodes.notice(label, v)));
                if (e.result() == EntryOutcome.Result.REFUSED) {
                    refused++;
                } else {
                    applied++;
                    flagged += e.notices().isEmpty() ? 0 : 1;
                }
            }
        }
        String status = applied == 0 ? PackageStore.REJECTED : refused > 0 ? PackageStore.PARTIALLY_APPLIED : PackageStore.APPLIED;
        return new PackageStore.Finish(status, format.id(), read.received(), applied, refused, flagged, errors);
    }

    private static String label(Map<String, List<String>> labels, EntryOutcome e) {
        String list = switch (e.kind()) {
            case PERSON -> "persons";
            case REPRESENTATIVE -> "representatives";
            case CLASS_GROUP -> "classes";
            case MEMBERSHIP -> "memberships";
            case EXTENSION -> "extensions";
        };
        return labels.get(list).get(e.index());
    }

    private static PackageStore.Finish rejected(String format, RecordError error) {
        return new PackageStore.Finish(PackageStore.REJECTED, format, 0, 0, 0, 0, List.of(error));
    }
}

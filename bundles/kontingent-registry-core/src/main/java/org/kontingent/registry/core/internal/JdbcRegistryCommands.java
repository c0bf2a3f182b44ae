package org.kontingent.registry.core.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.registry.api.command.Enrollment;
import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.command.Leaving;
import org.kontingent.registry.api.command.OrganizationData;
import org.kontingent.registry.api.command.Order;
import org.kontingent.registry.api.command.PersonData;
import org.kontingent.registry.api.command.RegistryCommands;
import org.kontingent.registry.api.command.Source;
import org.kontingent.registry.api.identifiers.Violation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link RegistryCommands} in plain SQL: each call one transaction on one connection, every rule
 * checked before anything is written.
 */
@Component(service = RegistryCommands.class)
public class JdbcRegistryCommands implements RegistryCommands {
    private final DataSource dataSource;
    private final Clock clock;

    @Activate
    public JdbcRegistryCommands(@Reference(target = "(dataSourceName=kontingent)") DataSource dataSource,
            @Reference(target = "(" + Migrations.OWNER_PROPERTY + "=kontingent-registry-core)") MigratedSchema schema) {
        this(dataSource, Clock.systemDefaultZone());
    }

    JdbcRegistryCommands(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    private <T> T transaction(Source source, Transactions.Work<T> work) {
        return Transactions.run(dataSource, source, work);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void refuse(String record, List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidRecordException(record, violations);
        }
    }

    @Override
    public long createPerson(PersonData person, Source source) {
        refuse("new person", RecordRules.person(person, today()));
        return transaction(source, (c, sourceId) -> PersonWrites.create(c, person, sourceId));
    }

    @Override
    public void updatePerson(long personId, PersonData person, Source source) {
        refuse("person " + personId, RecordRules.person(person, today()));
        transaction(source, (c, sourceId) -> {
            PersonWrites.update(c, personId, person, sourceId);
            return null;
        });
    }

    @Override
    public void linkRepresentative(long learnerId, long representativeId, String relationshipCode, Source source) {
        transaction(source, (c, sourceId) -> {
            PersonWrites.linkRepresentative(c, learnerId, representativeId, relationshipCode, sourceId, today());
            return null;
        });
    }

    @Override
    public long createOrganization(OrganizationData organization, Source source) {
        return transaction(source, (c, sourceId) -> OrganizationWrites.create(c, organization, sourceId, today()));
    }

    @Override
    public void updateOrganization(long organizationId, OrganizationData organization, Source source) {
        transaction(source, (c, sourceId) -> {
            OrganizationWrites.update(c, organizationId, organization, sourceId, today());
            return null;
        });
    }

    @Override
    public long enroll(Enrollment enrollment, Source source) {
        return transaction(source, (c, sourceId) -> MembershipWrites.enroll(c, enrollment, sourceId));
    }

    @Override
    public void leave(long membershipId, Leaving leaving, Source source) {
        transaction(source, (c, sourceId) -> {
            MembershipWrites.leave(c, membershipId, leaving, sourceId);
            return null;
        });
    }

    @Override
    public void moveToClass(long membershipId, long classGroupId, LocalDate from, Order order, Source source) {
        transaction(source, (c, sourceId) -> {
            MembershipWrites.moveToClass(c, membershipId, classGroupId, from, order, sourceId);
            return null;
        });
    }

    @Override
    public long transfer(long membershipId, Enrollment to, Order leavingOrder, Source source) {
        return transaction(source, (c, sourceId) -> MembershipWrites.transfer(c, membershipId, to, leavingOrder, sourceId));
    }
}

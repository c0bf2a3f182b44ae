package org.kontingent.registry.api.identity;

import java.sql.Connection;
import java.sql.SQLException;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A bundle that keeps data of its own about persons (an education-level extension, say) and
 * moves it when two persons are merged. Called inside the merge's transaction, on its
 * connection: the merge and its undo happen whole or not at all. Register it as an OSGi service.
 */
@ConsumerType
public interface PersonMergeParticipant {

    /** A stable name, under which the merge journal keeps what this participant moved. */
    String name();

    /**
     * Moves the merged person's data to the kept person.
     *
     * @return a description of what moved (for example the ids of the moved rows), kept by the
     *         journal and handed back to {@link #undo}; at most a few kilobytes
     */
    String merge(Connection connection, long keptId, long mergedId) throws SQLException;

    /** Moves back what {@link #merge} moved. */
    void undo(Connection connection, long keptId, long mergedId, String moved) throws SQLException;
}

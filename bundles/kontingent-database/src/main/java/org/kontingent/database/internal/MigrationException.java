package org.kontingent.database.internal;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * A migration set could not be applied. Says whose, which script and why.
 */
final class MigrationException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean connectionProblem;

    MigrationException(String message, Throwable cause) {
        super(message, cause);
        this.connectionProblem = isConnectionProblem(cause);
    }

    /** True when the database could not be reached: worth retrying as it is. */
    boolean isConnectionProblem() {
        return connectionProblem;
    }

    static boolean isConnectionProblem(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLTransientConnectionException) {
                return true;
            }
            if (c instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}

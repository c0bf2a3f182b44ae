package org.kontingent.report.forms.performance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.kontingent.report.api.Level;

/** The name of a row's unit at a level: the region's title, the municipality or the organization. */
final class Units {
    private Units() {
    }

    /** @param row a row with the columns of {@link org.kontingent.report.support.Levels#columns} */
    static String name(ResultSet row, Level level, String region) throws SQLException {
        return switch (level) {
            case REGION -> region;
            case MUNICIPALITY -> row.getString("municipality_name");
            case ORGANIZATION -> row.getString("organization_name");
        };
    }
}

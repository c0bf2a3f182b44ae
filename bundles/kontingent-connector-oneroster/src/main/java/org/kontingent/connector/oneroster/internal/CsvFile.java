package org.kontingent.connector.oneroster.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.UnreadablePackageException;

/**
 * One CSV file of a package: its header and its rows, each with the line it starts on. A row
 * whose fields cannot be trusted (a stray quote, a different number of fields than the header)
 * keeps the problem instead of its values.
 */
final class CsvFile {
    private final String name;
    private final Map<String, Integer> columns;
    private final List<Row> rows;

    private CsvFile(String name, Map<String, Integer> columns, List<Row> rows) {
        this.name = name;
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * A file from its records as parsed, the first being the header.
     *
     * @param records each record's line, fields and problem, or null for none
     */
    static CsvFile of(String name, List<CsvParser.Record> records) throws UnreadablePackageException {
        if (records.isEmpty()) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, name + " is empty; it needs at least its header");
        }
        CsvParser.Record header = records.get(0);
        if (header.problem() != null) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, name + ": the header " + header.problem());
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String column = header.fields().get(i).strip();
            if (columns.put(column, i) != null) {
                throw new UnreadablePackageException(ErrorCode.MALFORMED, name + " has the column " + column + " twice");
            }
        }
        CsvFile file = new CsvFile(name, columns, new ArrayList<>());
        for (CsvParser.Record record : records.subList(1, records.size())) {
            String problem = record.problem();
            if (problem == null && record.fields().size() != columns.size()) {
                problem = "has " + record.fields().size() + " fields and the header " + columns.size();
            }
            file.rows.add(file.new Row(record.line(), record.fields(), problem));
        }
        return file;
    }

    String name() {
        return name;
    }

    List<Row> rows() {
        return rows;
    }

    /** The rows by sourcedId, the first of each; rows with a problem are kept so that the problem can be told. */
    Map<String, Row> bySourcedId() {
        Map<String, Row> rows = new HashMap<>();
        for (Row row : this.rows) {
            if (row.sourcedId() != null) {
                rows.putIfAbsent(row.sourcedId(), row);
            }
        }
        return rows;
    }

    /** Refuses the package when the header lacks a column the connector reads. */
    CsvFile requireColumns(String... required) throws UnreadablePackageException {
        for (String column : required) {
            if (!columns.containsKey(column)) {
                throw new UnreadablePackageException(ErrorCode.MALFORMED, name + " has no column " + column + "; its header is "
                        + columns.keySet() + ", the connector reads " + Arrays.toString(required));
            }
        }
        return this;
    }

    /** One row of the file. */
    final class Row {
        private final int line;
        private final List<String> fields;
        private final String problem;

        private Row(int line, List<String> fields, String problem) {
            this.line = line;
            this.fields = List.copyOf(fields);
            this.problem = problem;
        }

        /** The name of the file the row is in. */
        String file() {
            return name;
        }

        /** The line the row starts on, the header being line 1. */
        int line() {
            return line;
        }

        /** Where the row stands: {@code users.csv, line 17}. */
        String place() {
            return name + ", line " + line;
        }

        /** What makes the row's fields untrustworthy, or null. */
        String problem() {
            return problem;
        }

        /**
         * The row's sourcedId as written, also when the row has a problem (it is the first column of
         * every OneRoster file, before any field can go astray); or null.
         */
        String sourcedId() {
            Integer index = columns.get("sourcedId");
            if (index == null || index >= fields.size()) {
                return null;
            }
            String value = fields.get(index).strip();
            return value.isEmpty() ? null : value;
        }

        /** The row's place with its sourcedId, naming a record left out: {@code users.csv, line 17 (sourcedId u17)}. */
        String label() {
            String id = sourcedId();
            return id == null ? place() : place() + " (sourcedId " + id + ")";
        }

        /** The stripped value of the column, or null when it is blank, absent from the header, or the row has a problem. */
        String get(String column) {
            Integer index = columns.get(column);
            if (problem != null || index == null) {
                return null;
            }
            String value = fields.get(index).strip();
            return value.isEmpty() ? null : value;
        }

        /** The values of a list column: one field with values separated by commas. */
        List<String> list(String column) {
            String value = get(column);
            return value == null ? List.of()
                    : Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
        }
    }
}

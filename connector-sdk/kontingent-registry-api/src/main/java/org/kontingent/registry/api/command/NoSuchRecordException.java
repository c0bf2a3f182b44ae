package org.kontingent.registry.api.command;

/** A write to a record that is not in the registry. The REST layer answers 404. */
public class NoSuchRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoSuchRecordException(String kind, long id) {
        super("There is no " + kind + " " + id + " in the registry");
    }
}

package org.kontingent.report.api;

/**
 * A refusal a form or the engine explains to the user: an impossible period, a parameter
 * outside the user's scope, an argument combination the form cannot answer.
 */
public class ReportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String parameter;

    /**
     * @param parameter the parameter at fault; null when the refusal concerns no one parameter
     * @param message what is wrong, for the user
     */
    public ReportException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The parameter at fault, or null. */
    public String parameter() {
        return parameter;
    }
}

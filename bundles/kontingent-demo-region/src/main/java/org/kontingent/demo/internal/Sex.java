package org.kontingent.demo.internal;

/** A person's sex as the registry records it. */
enum Sex {
    MALE("M"), FEMALE("F");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }
}

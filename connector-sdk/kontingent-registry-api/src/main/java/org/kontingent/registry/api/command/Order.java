package org.kontingent.registry.api.command;

import java.time.LocalDate;

/** The organization's order (приказ) that a movement is made by: its number and date. */
public record Order(String number, LocalDate date) {

    /** No order known. */
    public static Order none() {
        return new Order(null, null);
    }
}

package org.kontingent.report.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class QueryTest {

    @Test
    void keepsTheTextAndItsValuesInOrder() {
        Query query = new Query().append("SELECT ? AS a", 1L).append(", ? AS b, ? AS c", "b", LocalDate.of(2025, 9, 1))
                .append(" FROM x");
        assertEquals("SELECT ? AS a, ? AS b, ? AS c FROM x", query.sql());
        assertEquals(List.of(1L, "b", LocalDate.of(2025, 9, 1)), query.parameters());
    }

    @Test
    void refusesTextWhosePlaceholdersDoNotMatchItsValues() {
        Query query = new Query().append("SELECT 1");
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, () -> query.append(" WHERE a = ?"));
        assertEquals("1 placeholders, 0 values:  WHERE a = ?", refusal.getMessage());
        assertThrows(IllegalArgumentException.class, () -> query.append(" WHERE a = ?", 1L, 2L));
        assertEquals("SELECT 1", query.sql(), "nothing of a refused piece is kept");
    }

    @Test
    void givesACopyOfItsParameters() {
        Query query = new Query().append("?", 1L);
        assertThrows(UnsupportedOperationException.class, () -> query.parameters().add(2L));
    }
}

package org.kontingent.extension.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class PersonRowsMergeTest {
    static final class TestMerge extends PersonRowsMerge {
        TestMerge(String schema, List<String> tables) {
            super(schema, "test", tables);
        }
    }

    @Test
    void namesItselfWithTheExtensionAndKeepsItsTables() {
        TestMerge merge = new TestMerge("test", List.of("mark", "exam"));
        assertEquals("test", merge.name());
        assertEquals(List.of("mark", "exam"), merge.tables());
    }

    @Test
    void undoesOnlyItsOwnMoves() {
        TestMerge merge = new TestMerge("test", List.of("mark"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> merge.undo(null, 1, 2, "moved 3 rows"));
        assertEquals("Not a move of the test extension: moved 3 rows", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> merge.undo(null, 1, 2, null));
    }

    @Test
    void takesOnlySqlNames() {
        assertThrows(IllegalArgumentException.class, () -> new TestMerge("Test", List.of("mark")));
        assertThrows(IllegalArgumentException.class, () -> new TestMerge("test", List.of("mark; --")));
    }
}

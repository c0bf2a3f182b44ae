package org.kontingent.registry.api.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void pageSizesAreTheConsolesOnly() {
        assertEquals(25, new PageRequest(50, 25).limit());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, 30));
        assertTrue(refused.getMessage().contains("30"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(-1, 10));
    }

    @Test
    void aPageSaysWhichRowsItShows() {
        Page<String> second = new Page<>(List.of("k", "l", "m"), 5659, 10, 10);

        assertEquals(11, second.first());
        assertEquals(13, second.last());
        assertEquals(0, new Page<String>(List.of(), 0, 0, 10).first());
    }
}

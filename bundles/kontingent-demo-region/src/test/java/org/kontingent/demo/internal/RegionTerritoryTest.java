package org.kontingent.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kontingent.demo.internal.RegionTerritory.Municipality;

class RegionTerritoryTest {
    private final RegionTerritory altai = RegionTerritory.altaiKrai();

    @Test
    void altaiKraiHas59DistrictsAnd10CityOkrugs() {
        List<Municipality> municipalities = altai.municipalities();

        assertEquals(69, municipalities.size());
        assertEquals(10, municipalities.stream().filter(Municipality::city).count());
        assertEquals("01000000", altai.oktmo());
        assertTrue(municipalities.stream().anyMatch(m -> m.name().equals("город Барнаул") && m.city()));
        assertTrue(municipalities.stream().anyMatch(m -> m.name().equals("Алейский муниципальный район") && !m.city()));
    }

    @Test
    void everyMunicipalityHasSettlementsUnderItsOwnCode() {
        for (Municipality municipality : altai.municipalities()) {
            assertFalse(municipality.settlements().isEmpty(), municipality.name());
            for (RegionTerritory.Settlement settlement : municipality.settlements()) {
                assertTrue(settlement.oktmo().matches("[0-9]{8}"), settlement.oktmo());
                assertEquals(municipality.oktmo().substring(0, 5), settlement.oktmo().substring(0, 5));
                assertFalse(settlement.name().startsWith("Сельские поселения"), settlement.name());
            }
        }
        Municipality aleysky = altai.municipalities().stream()
                .filter(m -> m.name().equals("Алейский муниципальный район")).findFirst().orElseThrow();
        assertTrue(aleysky.settlements().stream().anyMatch(s -> s.name().equals("Алейский сельсовет")));
    }
}

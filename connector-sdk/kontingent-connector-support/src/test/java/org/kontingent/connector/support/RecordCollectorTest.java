package org.kontingent.connector.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.RecordError;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.testkit.ExchangeSamples;

class RecordCollectorTest {

    @Test
    void recordsKeepTheirPlacesByList() {
        RecordCollector collector = new RecordCollector();
        collector.person("Ученики, row 2", ExchangeSamples.learner("p1", "Иванов", "Иван", ExchangeSamples.snils(112_233_445)));
        collector.person("Ученики, row 3", ExchangeSamples.learner("p2", "Петров", "Пётр", ExchangeSamples.snils(112_233_446)));
        collector.membership("Классы, row 2", ExchangeSamples.enrolled("m1", "p1", "school-1"));

        ReadResult result = collector.result();

        assertEquals(2, result.exchangePackage().persons().size());
        assertEquals(1, result.exchangePackage().memberships().size());
        assertEquals("Ученики, row 3", result.place("persons", 1));
        assertEquals("Классы, row 2", result.place("memberships", 0));
        assertEquals(0, result.unreadable());
        assertEquals(3, result.received());
    }

    @Test
    void aRefusalBecomesTheRecordsErrorAndCountsAsUnreadable() {
        RecordCollector collector = new RecordCollector();
        collector.refused("persons[3]", new RecordRefusal(ErrorCode.INVALID_VALUE, "birthDate", "31.02.2015", "no such date"));

        ReadResult result = collector.result();

        assertEquals(List.of(new RecordError(ErrorCode.INVALID_VALUE, "persons[3]", "birthDate", "31.02.2015", "no such date")),
                result.errors());
        assertEquals(1, result.unreadable());
        assertEquals(1, result.received());
    }

    @Test
    void aRecordWithSeveralErrorsCountsOnce() {
        RecordCollector collector = new RecordCollector();
        collector.refused(List.of(RecordError.ofPackage(ErrorCode.REQUIRED, "a"), RecordError.ofPackage(ErrorCode.REQUIRED, "b")));

        assertEquals(2, collector.result().errors().size());
        assertEquals(1, collector.result().unreadable());
        assertThrows(IllegalArgumentException.class, () -> collector.refused(List.of()));
    }

    @Test
    void isEmptyUntilARecordIsReadOrRefused() {
        RecordCollector read = new RecordCollector();
        assertTrue(read.isEmpty());
        read.person("p", ExchangeSamples.learner("p1", "Иванов", "Иван", ExchangeSamples.snils(112_233_445)));
        assertFalse(read.isEmpty());
        assertEquals("p1", read.persons().get(0).id());

        RecordCollector refused = new RecordCollector();
        refused.refused("x", new RecordRefusal(ErrorCode.REQUIRED, null, null, "missing"));
        assertFalse(refused.isEmpty());
    }
}

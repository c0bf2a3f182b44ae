package org.kontingent.connector.api.exchange;

import java.time.LocalDate;

/**
 * A mark of a learner in a subject: current (with its date), for a period, or final. Marks
 * belong to the general education extension; without it installed they are refused with
 * {@link ErrorCode#EXTENSION_NOT_INSTALLED} and kept for replay.
 *
 * @param person the provider's id of the learner
 * @param organization the organization's code for the provider
 * @param subject the organization's own subject name or the master subject's code
 * @param period current, a period code such as term-1, year or final
 * @param mark the mark as given: 1–5, pass/fail or a score
 * @param markedOn the day of a current mark, or null
 */
public record GradeRecord(String id, String person, String organization, String academicYear, String subject,
        String period, String mark, LocalDate markedOn) {
}

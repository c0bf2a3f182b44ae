package org.kontingent.report.api;

import java.util.Objects;

/**
 * A group of the report catalogue. Forms of one category share its id; the standard ids are
 * constants here.
 *
 * @param id a stable id, for example {@value #STATISTICS}
 * @param title the title shown in the catalogue
 */
public record Category(String id, String title) {
    /** Region statistics: organizations by type, learners by type and sex, loads by provider. */
    public static final String STATISTICS = "statistics";
    /** Contingent: numbers attending, class filling, the organization registry and structure. */
    public static final String CONTINGENT = "contingent";
    /** Movement within the region: arrivals, leavings, transfers, graduates. */
    public static final String MOVEMENT = "movement";
    /** Performance and attestation. */
    public static final String PERFORMANCE = "performance";
    /** Preschool education. */
    public static final String PRESCHOOL = "preschool";
    /** Vocational education and training. */
    public static final String VOCATIONAL = "vocational";
    /** The admission queue. */
    public static final String QUEUE = "queue";
    /** Additional education: programmes, their learners and results. @since 1.2 */
    public static final String ADDITIONAL = "additional";
    /** Learners' health: health groups, disability, special educational needs, counted. @since 1.2 */
    public static final String HEALTH = "health";
    /** Achievements: olympiads, contests and competitions, and other achievements. @since 1.2 */
    public static final String ACHIEVEMENTS = "achievements";

    public Category {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}

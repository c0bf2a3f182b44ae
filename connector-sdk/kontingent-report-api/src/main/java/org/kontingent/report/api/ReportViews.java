package org.kontingent.report.api;

/**
 * The published report views, version 1 (the registry's at 1.3) — everything a form may read. Each view shows only
 * what lies in the scope of the user the report runs for. Periods are half-open: a membership
 * or placement holds on day D when {@code starts_on <= D AND (ends_on IS NULL OR D < ends_on)}.
 *
 * <p>The registry core publishes its views as the capability {@value #CAPABILITY} with the
 * attribute {@code kontingent.report.views=registry} and a version; the gateway publishes
 * {@code kontingent.report.views=gateway}. A form bundle requires the views it reads, so a
 * platform whose views moved to a new major version does not resolve it (the plugin manager
 * shows why) instead of failing at run time:
 *
 * <pre>
 * Require-Capability: kontingent.report.views;filter:="(&amp;(kontingent.report.views=registry)(version&gt;=1.0)(!(version&gt;=2.0)))"
 * </pre>
 */
public final class ReportViews {
    /** The namespace of the capability the views are published as. */
    public static final String CAPABILITY = "kontingent.report.views";

    /**
     * {@code report.organization}: id, full_name, short_name, type_code, type_name, kind_code,
     * kind_name, ownership_code, ownership_name, education_level (preschool, general, additional,
     * vocational, mixed), authority_id, authority_name, municipality_id, municipality_name (the
     * highest municipal authority above it, else its own authority), oktmo, district, settlement,
     * address, inn, kpp, ogrn, phone, email, website.
     */
    public static final String ORGANIZATION = "report.organization";

    /** {@code report.authority}: id, parent_id, full_name, short_name, level (regional, municipal, other), oktmo. */
    public static final String AUTHORITY = "report.authority";

    /**
     * {@code report.learner}: a learner's membership in an organization — membership_id,
     * person_id, organization_id, starts_on, ends_on, study_form_code, enrollment_order_date,
     * leaving_reason_code (dictionary {@code leaving-reason}), sex ({@code M} or {@code F}),
     * birth_date; since 1.1 also level (the level the membership counts at: the organization's
     * education level, for a mixed one the level of its type, else general),
     * previous_membership_id, previous_organization_id and previous_ends_on (the person's learner
     * membership at the same level that started last before this one, wherever it was: where
     * they came from; null for the first at the level) and first_class_group_id (the class or
     * group of the membership's earliest placement, or null).
     */
    public static final String LEARNER = "report.learner";

    /**
     * {@code report.learner_count} (since 1.2): the learner memberships of organizations of the
     * scope counted by organization_id, starts_on, ends_on and sex — learners. The learners of an
     * organization on day D are the sum of learners where {@code starts_on <= D AND (ends_on IS NULL
     * OR D < ends_on)}: a region's count in milliseconds. A count may be zero.
     */
    public static final String LEARNER_COUNT = "report.learner_count";

    /**
     * {@code report.arrival_count} (since 1.3): the learner memberships of organizations of the
     * scope counted by organization_id, starts_on, first_class_group_id, from_other (the previous
     * membership at the same level was in another organization and ended at most 30 days before
     * this one started, or had not ended) and first_enrolled (no previous membership at the level)
     * — arrivals. A count may be zero.
     */
    public static final String ARRIVAL_COUNT = "report.arrival_count";

    /**
     * {@code report.learner_history}: every learner membership of the learners the scope holds,
     * inside the scope or not — membership_id, person_id, organization_id, education_level,
     * starts_on, ends_on, leaving_reason_code: where a learner came from and went to; since 1.1
     * also level, previous_membership_id, previous_organization_id and previous_ends_on, as in
     * {@link #LEARNER}. Organizations outside the scope appear by id and level only.
     */
    public static final String LEARNER_HISTORY = "report.learner_history";

    /** {@code report.class_group}: id, organization_id, academic_year, name, grade (0–12), capacity, study_form_code, specialization. */
    public static final String CLASS_GROUP = "report.class_group";

    /** {@code report.class_placement}: membership_id, class_group_id, starts_on, ends_on. */
    public static final String CLASS_PLACEMENT = "report.class_placement";

    /** {@code report.programme_completion}: person_id, organization_id, programme, level_code, completed_on. */
    public static final String PROGRAMME_COMPLETION = "report.programme_completion";

    /** {@code report.dictionary}: dictionary, code, name, parent_code, sort_order, valid_from, valid_to. */
    public static final String DICTIONARY = "report.dictionary";

    /** {@code report.academic_year}: code, starts_on, ends_on. */
    public static final String ACADEMIC_YEAR = "report.academic_year";

    /**
     * {@code report.provider_load} (gateway): provider_id, provider_code, provider_name, day,
     * packages, received (records), applied, refused, rejected_packages. Outside the region
     * scope: the providers that write to an organization of the scope, and files uploaded by
     * users of the scope.
     */
    public static final String PROVIDER_LOAD = "report.provider_load";

    private ReportViews() {
    }
}

package org.kontingent.platform.api.security;

/** What a role may do. A role holds a fixed set of them ({@link Role#permissions()}). */
public enum Permission {
    /** Read the registries of organizations and authorities and the dictionaries. */
    READ_REGISTRY,
    /** Read persons' personal data: search, cards, lists of learners. */
    READ_PERSONS,
    /** See СНИЛС and document numbers unmasked on a person's card. */
    READ_IDENTIFIERS,
    /** Run reports and download their exports. */
    RUN_REPORTS,
    /** Upload data from Excel and XML files. */
    UPLOAD_DATA,
    /** Read the journal of loads from data providers. */
    READ_LOAD_JOURNAL,
    /** Send packages of data to the gateway as a data provider, and replay them corrected. */
    SUBMIT_PACKAGES,
    /** Create users and give them roles and scopes (within the caller's own scope). */
    MANAGE_USERS,
    /** Register data providers and their credentials, set their priorities. */
    MANAGE_PROVIDERS,
    /** Keep the subject dictionary and map organizations' subjects to it. */
    MANAGE_DICTIONARIES,
    /** Change which authority an organization or authority is subordinate to. */
    MANAGE_SUBORDINATION,
    /** Review duplicate persons and merge them. */
    MERGE_PERSONS,
    /** Install, upgrade and remove plugins. */
    MANAGE_PLUGINS,
    /** Search the journal of user actions. */
    READ_ACTION_JOURNAL,
    /**
     * See persons' health data (a special category of personal data, 152-FZ art. 10): the health
     * group, the medical group for physical education, disability, special educational needs and
     * long-term treatment. Portfolio sections of health data are left out for a role without it,
     * and each one shown is journaled.
     */
    READ_HEALTH
}

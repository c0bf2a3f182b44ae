package org.kontingent.registry.api.query;

import java.time.LocalDate;
import java.util.List;

/**
 * An organization's card: its details, requisites and contacts, its managing authority, its
 * branches, its classes or groups of an academic year with how many learners each has on a
 * day, its subjects with their place in the master subject dictionary, and its learners on that
 * day.
 */
public record OrganizationPortfolio(OrganizationSummary organization, String kindCode, String ownershipCode,
        AuthoritySummary authority, Requisites requisites, Contacts contacts, List<Branch> branches, String academicYear,
        List<ClassSummary> classes, List<Subject> subjects, long learners, LocalDate asOf) {

    public OrganizationPortfolio {
        branches = List.copyOf(branches);
        classes = List.copyOf(classes);
        subjects = List.copyOf(subjects);
    }

    /**
     * A subject as the organization names it, and the master subject it is mapped to.
     *
     * @param subjectCode the code in the {@code subject} dictionary; null while not mapped
     * @param subjectName the master subject's name; null while not mapped
     */
    public record Subject(String localName, String subjectCode, String subjectName) {
    }

    public record Branch(long id, String name, String address, String phone) {
    }

    /**
     * @param learners learners placed in the class on the portfolio's day
     */
    public record ClassSummary(long id, String name, Integer grade, String specialization, String studyFormCode,
            Integer capacity, long learners) {
    }
}

package org.kontingent.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Keeps everything a generator writes, in order. */
final class RecordingSink implements DemoSink {
    record Year(String code, LocalDate startsOn, LocalDate endsOn) {
    }

    record Territory(String oktmo, String name, String kind, String parentOktmo) {
    }

    record Link(long learnerKey, long representativeKey, String relationship) {
    }

    record Placement(long membershipKey, long classGroupKey, LocalDate startsOn, LocalDate endsOn) {
    }

    final List<Year> years = new ArrayList<>();
    final List<Territory> territories = new ArrayList<>();
    final List<Authority> authorities = new ArrayList<>();
    final List<Organization> organizations = new ArrayList<>();
    final List<ClassGroup> classes = new ArrayList<>();
    final List<DemoPerson> persons = new ArrayList<>();
    final List<Document> documents = new ArrayList<>();
    final List<Link> representatives = new ArrayList<>();
    final List<Membership> memberships = new ArrayList<>();
    final List<Placement> placements = new ArrayList<>();

    @Override
    public void academicYear(String code, LocalDate startsOn, LocalDate endsOn) {
        years.add(new Year(code, startsOn, endsOn));
    }

    @Override
    public void territory(String oktmo, String name, String kind, String parentOktmo) {
        territories.add(new Territory(oktmo, name, kind, parentOktmo));
    }

    @Override
    public void authority(Authority authority) {
        authorities.add(authority);
    }

    @Override
    public void organization(Organization organization) {
        organizations.add(organization);
    }

    @Override
    public void classGroup(ClassGroup classGroup) {
        classes.add(classGroup);
    }

    @Override
    public void person(DemoPerson person) {
        persons.add(person);
    }

    @Override
    public void document(Document document) {
        documents.add(document);
    }

    @Override
    public void representative(long learnerKey, long representativeKey, String relationship) {
        representatives.add(new Link(learnerKey, representativeKey, relationship));
    }

    @Override
    public void membership(Membership membership) {
        memberships.add(membership);
    }

    @Override
    public void placement(long membershipKey, long classGroupKey, LocalDate startsOn, LocalDate endsOn) {
        placements.add(new Placement(membershipKey, classGroupKey, startsOn, endsOn));
    }
}

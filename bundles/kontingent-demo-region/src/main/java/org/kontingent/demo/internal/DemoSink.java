package org.kontingent.demo.internal;

import java.time.LocalDate;

/**
 * Receives the demo region as it is generated, row by row, parents before children: an
 * authority before its subordinates, an organization before its classes, a person before their
 * documents, links and memberships. Keys are the generator's own, unique per kind.
 */
interface DemoSink {

    record Authority(long key, Long parentKey, String fullName, String shortName, String level, String oktmo) {
    }

    record Organization(long key, long authorityKey, String fullName, String shortName, String typeCode, String kindCode,
            String ownershipCode, String educationLevel, String inn, String kpp, String ogrn, String oktmo, String district,
            String settlement, String address, String phone, String email) {
    }

    record ClassGroup(long key, long organizationKey, String academicYear, String name, Integer grade, String studyForm,
            int capacity) {
    }

    record Document(long personKey, String typeCode, String series, String number, LocalDate issuedOn, String issuer) {
    }

    record Membership(long key, long personKey, long organizationKey, LocalDate startsOn, LocalDate endsOn,
            String enrollmentOrderNumber, LocalDate enrollmentOrderDate, String leavingReason, String leavingOrderNumber,
            LocalDate leavingOrderDate) {
    }

    void academicYear(String code, LocalDate startsOn, LocalDate endsOn);

    /** A territory of ОКТМО: the region, a municipality or a settlement, after its parent. */
    void territory(String oktmo, String name, String kind, String parentOktmo);

    void authority(Authority authority);

    void organization(Organization organization);

    void classGroup(ClassGroup classGroup);

    void person(DemoPerson person);

    void document(Document document);

    void representative(long learnerKey, long representativeKey, String relationship);

    void membership(Membership membership);

    void placement(long membershipKey, long classGroupKey, LocalDate startsOn, LocalDate endsOn);
}

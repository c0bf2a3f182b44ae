-- The GiST indexes behind the two exclusion constraints (no overlapping memberships of one
-- person in one organization and role; no overlapping class placements) are built faster with
-- buffering: a bulk load that rebuilds them (the demo region) saved about a sixth of the build
-- at 2 million learners. The setting changes nothing for an index already built.
ALTER INDEX registry.membership_person_id_organization_id_role_daterange_excl SET (buffering = on);
ALTER INDEX registry.class_placement_membership_id_daterange_excl SET (buffering = on);

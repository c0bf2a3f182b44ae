-- The learner periods of one level, read by index only: the forms of an education level's
-- extension (the children of the kindergartens on a day, the students of the colleges) found a
-- level's periods by reading all 2.5 million of a 2-million-learner region (about 1.5 s for the
-- 560 thousand preschool ones); through this index they read the level's entries alone and never
-- the table (about 0.3 s).
CREATE INDEX learner_period_level ON registry.learner_period (level, starts_on)
    INCLUDE (ends_on, organization_id, membership_id);

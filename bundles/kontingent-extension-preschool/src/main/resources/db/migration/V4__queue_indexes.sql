-- The queue on a day: the applications waiting now, and those whose status changed after the day
-- (waiting then). At 2 million learners a region has some 600 thousand applications, of them 31
-- thousand waiting; the queue read them all (about 0.45 s) and now reads the waiting ones and the
-- few changed since through these two indexes (about 0.05 s).
CREATE INDEX application_waiting ON preschool.application (organization_id) WHERE status = 'waiting';
CREATE INDEX application_status_date ON preschool.application (status_date);

-- Which source wins when sources disagree about a fact: each source's priority in each
-- organization (higher wins), as the gateway's administrators set it per provider. A person's
-- facts are held by the source that wrote them last (person.source_id); another source may
-- change them only with a priority at least as high in an organization the person is in. A
-- membership's facts likewise, in its own organization. What a lower source sent is not lost:
-- the change journal keeps it as an 'overruled' entry (after = what that source said).
CREATE TABLE registry.source_priority (
    source_id       bigint  NOT NULL REFERENCES registry.source (id),
    organization_id bigint  NOT NULL REFERENCES registry.organization (id),
    priority        integer NOT NULL,
    PRIMARY KEY (source_id, organization_id)
);

ALTER TABLE registry.change DROP CONSTRAINT change_action_check;
ALTER TABLE registry.change ADD CONSTRAINT change_action_check
    CHECK (action IN ('create', 'update', 'delete', 'overruled'));

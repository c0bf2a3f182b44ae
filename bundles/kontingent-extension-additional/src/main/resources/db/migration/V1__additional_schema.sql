-- The additional education for children extension's own tables: applications, the additional
-- general education programmes a learner follows (the kind, the orientation, distance
-- technologies, the federal requirements followed, the length in hours and years, the status and
-- the mark), the subjects and courses of a programme with their status and mark, and the documents
-- issued on completion. Every row is about a registry person (and, where known, one of their
-- learner memberships) and is found again by the source that sent it and the source's key: the
-- same entry written twice changes nothing. The registry's ids are not foreign keys: the
-- registry's tables are not this bundle's to reference, and a person merged moves these rows
-- through the bundle's merge participant. Rows generated for a demo region have the source 0.
CREATE SCHEMA IF NOT EXISTS additional;

-- The extension's dictionaries, with the names officials read. The codes are what sources send
-- and what the CHECKs below allow; AdditionalDictionaries in the bundle holds the same entries.
CREATE TABLE additional.dictionary_entry (
    dictionary text    NOT NULL,
    code       text    NOT NULL,
    name       text    NOT NULL,
    sort_order integer NOT NULL,
    PRIMARY KEY (dictionary, code)
);

INSERT INTO additional.dictionary_entry (dictionary, code, name, sort_order) VALUES
('programme-kind', 'general-developmental',      'Дополнительная общеразвивающая программа',                    10),
('programme-kind', 'pre-professional',           'Дополнительная предпрофессиональная программа',               20),
-- the orientations of additional general education programmes (Порядок организации и осуществления
-- образовательной деятельности по дополнительным общеобразовательным программам, п. 9)
('orientation',    'technical',                  'Техническая',                                                 10),
('orientation',    'natural-science',            'Естественнонаучная',                                          20),
('orientation',    'physical-culture-and-sport', 'Физкультурно-спортивная',                                     30),
('orientation',    'artistic',                   'Художественная',                                              40),
('orientation',    'tourist-and-local-history',  'Туристско-краеведческая',                                     50),
('orientation',    'social-humanitarian',        'Социально-гуманитарная',                                      60),
('study-status',   'in-progress',                'В процессе обучения',                                         10),
('study-status',   'mastered',                   'Освоено',                                                     20),
('study-status',   'not-mastered',               'Не освоено',                                                  30),
('document-kind',  'study-certificate',          'Справка об обучении или о периоде обучения',                  10),
('document-kind',  'training-certificate',       'Свидетельство об обучении',                                   20),
('document-kind',  'pre-professional-arts-certificate',
                   'Свидетельство об освоении дополнительной предпрофессиональной программы в области искусств', 30),
('document-kind',  'other',                      'Иной документ, установленный организацией',                   40),
('application-status', 'registered',             'Зарегистрировано',                                            10),
('application-status', 'enrolled',               'Зачислен',                                                    20),
('application-status', 'refused',                'Отказано',                                                    30),
('application-status', 'withdrawn',              'Отозвано заявителем',                                         40);

-- Applications for admission to a programme: as the organization names it, and optionally its
-- kind and orientation.
CREATE TABLE additional.application (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id       bigint      NOT NULL,
    key             text        NOT NULL,
    person_id       bigint      NOT NULL,
    organization_id bigint      NOT NULL,
    programme       text        NOT NULL,
    kind            text        CHECK (kind IN ('general-developmental', 'pre-professional')),
    orientation     text        CHECK (orientation IN ('technical', 'natural-science', 'physical-culture-and-sport',
                                                       'artistic', 'tourist-and-local-history', 'social-humanitarian')),
    applied_on      date        NOT NULL,
    status          text        NOT NULL DEFAULT 'registered'
                                CHECK (status IN ('registered', 'enrolled', 'refused', 'withdrawn')),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (source_id, key)
);
CREATE INDEX application_person ON additional.application (person_id);
CREATE INDEX application_organization ON additional.application (organization_id, applied_on);

-- The programme a learner follows in an organization from starts_on (and up to ends_on, not
-- included, when it ended: as the registry's memberships): its name, kind, orientation, whether it
-- is adapted and uses distance technologies, the federal requirements (ФГТ) a pre-professional
-- programme follows, its length in hours and years, the form of study, and how it ended: mastered
-- or not, with the mark. A learner may follow several programmes in one organization at once.
CREATE TABLE additional.programme (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id             bigint      NOT NULL,
    key                   text        NOT NULL,
    person_id             bigint      NOT NULL,
    organization_id       bigint      NOT NULL,
    membership_id         bigint,
    name                  text        NOT NULL,
    kind                  text        NOT NULL CHECK (kind IN ('general-developmental', 'pre-professional')),
    orientation           text        NOT NULL
                                      CHECK (orientation IN ('technical', 'natural-science', 'physical-culture-and-sport',
                                                             'artistic', 'tourist-and-local-history', 'social-humanitarian')),
    adapted               boolean     NOT NULL DEFAULT false,
    distance_technologies boolean     NOT NULL DEFAULT false,
    federal_requirements  text,
    hours                 integer     CHECK (hours BETWEEN 1 AND 10000),
    years                 smallint    CHECK (years BETWEEN 1 AND 10),
    study_form_code       text,
    starts_on             date        NOT NULL,
    ends_on               date,
    status                text        NOT NULL DEFAULT 'in-progress'
                                      CHECK (status IN ('in-progress', 'mastered', 'not-mastered')),
    mark                  text,
    updated_at            timestamptz NOT NULL DEFAULT now(),
    UNIQUE (source_id, key),
    CHECK (ends_on IS NULL OR ends_on > starts_on),
    CHECK ((status = 'in-progress') = (ends_on IS NULL)),
    CHECK (federal_requirements IS NULL OR kind = 'pre-professional'),
    CHECK (kind = 'general-developmental' OR orientation IN ('artistic', 'physical-culture-and-sport'))
);
CREATE INDEX programme_person ON additional.programme (person_id);
CREATE INDEX programme_membership ON additional.programme (membership_id);
CREATE INDEX programme_organization ON additional.programme (organization_id, starts_on) INCLUDE (ends_on);

-- The subjects and courses of a programme (named by the source's key of the programme entry) in an
-- academic year: the status of their study and the mark. programme_id is the programme the source
-- sent under that key for the same person and organization: set when the course is written, or
-- when the programme comes after it (forms join it by id: a join by key, person and organization
-- is estimated at a row where there are hundreds of thousands).
CREATE TABLE additional.course (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id       bigint      NOT NULL,
    key             text        NOT NULL,
    person_id       bigint      NOT NULL,
    organization_id bigint      NOT NULL,
    membership_id   bigint,
    programme_key   text        NOT NULL,
    programme_id    bigint,
    academic_year   text        NOT NULL CHECK (academic_year ~ '^[0-9]{4}-[0-9]{4}$'),
    course          text        NOT NULL,
    status          text        NOT NULL DEFAULT 'in-progress'
                                CHECK (status IN ('in-progress', 'mastered', 'not-mastered')),
    mark            text,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (source_id, key)
);
CREATE INDEX course_person ON additional.course (person_id, academic_year);
CREATE INDEX course_programme_key ON additional.course (source_id, programme_key);
CREATE INDEX course_programme ON additional.course (programme_id);
CREATE INDEX course_organization ON additional.course (organization_id, academic_year);

-- Documents issued on completion (or on leaving): справка, свидетельство об обучении, свидетельство
-- об освоении предпрофессиональной программы в области искусств, or a document of the
-- organization's own, with the programme it was issued for when the source names it (programme_id
-- found as a course's).
CREATE TABLE additional.document (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id       bigint      NOT NULL,
    key             text        NOT NULL,
    person_id       bigint      NOT NULL,
    organization_id bigint      NOT NULL,
    membership_id   bigint,
    programme_key   text,
    programme_id    bigint,
    kind            text        NOT NULL CHECK (kind IN ('study-certificate', 'training-certificate',
                                                        'pre-professional-arts-certificate', 'other')),
    name            text,
    series          text,
    number          text        NOT NULL,
    issued_on       date        NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (source_id, key),
    CHECK (kind <> 'other' OR name IS NOT NULL)
);
CREATE INDEX document_person ON additional.document (person_id);
CREATE INDEX document_programme_key ON additional.document (source_id, programme_key);
CREATE INDEX document_programme ON additional.document (programme_id);
CREATE INDEX document_organization ON additional.document (organization_id, issued_on);

-- Rows moved from one person to another by a merge, to move them back on its undo.
CREATE TABLE additional.merge_move (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kept_id   bigint      NOT NULL,
    merged_id bigint      NOT NULL,
    moved_at  timestamptz NOT NULL DEFAULT now(),
    undone_at timestamptz
);

CREATE TABLE additional.merge_moved_row (
    move_id    bigint NOT NULL REFERENCES additional.merge_move (id),
    table_name text   NOT NULL,
    row_id     bigint NOT NULL,
    PRIMARY KEY (move_id, table_name, row_id)
);

-- The learner membership of a person in an organization during a period (half-open, [from, to)),
-- read through the registry's published view report.learner under that organization's scope; the
-- caller's scope is set back afterwards. Null when there is none: the entry is flagged, not refused.
CREATE FUNCTION additional.learner_membership(person bigint, organization bigint, from_day date, to_day date)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    caller text := current_setting('kontingent.report_scope', true);
    found bigint;
BEGIN
    PERFORM set_config('kontingent.report_scope', 'organization:' || organization, true);
    SELECT l.membership_id INTO found
      FROM report.learner l
     WHERE l.person_id = person AND l.organization_id = organization
       AND l.starts_on < to_day AND (l.ends_on IS NULL OR l.ends_on > from_day)
     ORDER BY l.starts_on DESC, l.membership_id DESC
     LIMIT 1;
    PERFORM set_config('kontingent.report_scope', coalesce(caller, ''), true);
    RETURN found;
END
$$;

-- The report engine's data version moves on with every write to these tables, as with the registry's.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['application', 'programme', 'course', 'document', 'dictionary_entry'] LOOP
        EXECUTE format('CREATE TRIGGER report_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON additional.%I'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION report.data_changed()', t);
    END LOOP;
END
$$;

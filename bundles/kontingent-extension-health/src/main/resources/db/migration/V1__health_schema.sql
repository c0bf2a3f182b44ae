-- The health extension's own tables: a learner's medical conclusions (the health group I–V, the
-- medical group for physical education, the need for long-term treatment), disability (the
-- category «ребёнок-инвалид» or a group of disability, its reason, the МСЭ certificate) and special
-- educational needs (the category of a learner with ОВЗ, the need for an adapted programme, the
-- ПМПК conclusion), each with the day it was established and its term. These are data of a special
-- category (152-FZ art. 10): the portfolio shows them to roles with READ_HEALTH only, and forms read
-- them through the report views, counted. Every row is about a registry person (and, where known,
-- one of their learner memberships) and is found again by the source that sent it and the source's
-- key: the same entry written twice changes nothing. The registry's ids are not foreign keys: the
-- registry's tables are not this bundle's to reference, and a person merged moves these rows
-- through the bundle's merge participant. Rows generated for a demo region have the source 0.
CREATE SCHEMA IF NOT EXISTS health;

-- The extension's dictionaries, with the names officials read. The codes are what sources send
-- and what the CHECKs below allow; HealthDictionaries in the bundle holds the same entries.
CREATE TABLE health.dictionary_entry (
    dictionary text    NOT NULL,
    code       text    NOT NULL,
    name       text    NOT NULL,
    sort_order integer NOT NULL,
    PRIMARY KEY (dictionary, code)
);

INSERT INTO health.dictionary_entry (dictionary, code, name, sort_order) VALUES
-- the health groups of children (Порядок проведения профилактических медицинских осмотров
-- несовершеннолетних, приказ Минздрава России № 514н): sent as 1–5 (or I–V)
('health-group', '1', 'I группа здоровья',   10),
('health-group', '2', 'II группа здоровья',  20),
('health-group', '3', 'III группа здоровья', 30),
('health-group', '4', 'IV группа здоровья',  40),
('health-group', '5', 'V группа здоровья',   50),
-- the medical groups for physical education (the same order's rules), and those exempted
('pe-group', 'basic',       'Основная',                    10),
('pe-group', 'preparatory', 'Подготовительная',            20),
('pe-group', 'special-a',   'Специальная «А»',             30),
('pe-group', 'special-b',   'Специальная «Б»',             40),
('pe-group', 'exempt',      'Освобождён от занятий',       50),
-- disability: a person under 18 is recognized as a disabled child, an adult is given a group
-- (Правила признания лица инвалидом, постановление Правительства РФ № 588)
('disability-category', 'child-disabled', 'Ребёнок-инвалид',         10),
('disability-category', 'group-1',        'I группа инвалидности',   20),
('disability-category', 'group-2',        'II группа инвалидности',  30),
('disability-category', 'group-3',        'III группа инвалидности', 40),
('disability-reason', 'general-disease',          'Общее заболевание',                                  10),
('disability-reason', 'childhood',                'Инвалидность с детства',                             20),
('disability-reason', 'work-injury',              'Трудовое увечье',                                    30),
('disability-reason', 'occupational-disease',     'Профессиональное заболевание',                       40),
('disability-reason', 'military-injury',          'Военная травма',                                     50),
('disability-reason', 'military-service-disease', 'Заболевание получено в период военной службы',       60),
('disability-reason', 'radiation',                'Заболевание, связанное с радиационным воздействием', 70),
('disability-reason', 'other',                    'Иные причины, установленные законодательством',      80),
-- the categories of learners with ОВЗ the federal standards and adapted programmes are made for
('special-needs-category', 'deaf',              'Глухие',                                                          10),
('special-needs-category', 'hard-of-hearing',   'Слабослышащие и позднооглохшие',                                  20),
('special-needs-category', 'blind',             'Слепые',                                                          30),
('special-needs-category', 'visually-impaired', 'Слабовидящие',                                                    40),
('special-needs-category', 'speech',            'С тяжёлыми нарушениями речи',                                     50),
('special-needs-category', 'musculoskeletal',   'С нарушениями опорно-двигательного аппарата',                     60),
('special-needs-category', 'mental-delay',      'С задержкой психического развития',                               70),
('special-needs-category', 'autism',            'С расстройствами аутистического спектра',                         80),
('special-needs-category', 'intellectual',      'С умственной отсталостью (интеллектуальными нарушениями)',        90),
('special-needs-category', 'complex',           'Со сложными дефектами (тяжёлыми множественными нарушениями развития)', 100);

-- Medical conclusions (профилактический медицинский осмотр): the health group, the medical group for
-- physical education (none while not determined), whether the learner needs long-term treatment
-- (education at home or in a medical organization), the day of the conclusion and the days it holds,
-- from valid_from to valid_until, both included (open-ended without valid_until). A newer conclusion
-- takes over from the day it holds.
CREATE TABLE health.conclusion (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id           bigint      NOT NULL,
    key                 text        NOT NULL,
    person_id           bigint      NOT NULL,
    organization_id     bigint      NOT NULL,
    membership_id       bigint,
    health_group        smallint    NOT NULL CHECK (health_group BETWEEN 1 AND 5),
    pe_group            text        CHECK (pe_group IN ('basic', 'preparatory', 'special-a', 'special-b', 'exempt')),
    long_term_treatment boolean     NOT NULL DEFAULT false,
    concluded_on        date        NOT NULL,
    valid_from          date        NOT NULL,
    valid_until         date,
    issuer              text,
    updated_at          timestamptz NOT NULL DEFAULT now(),
    UNIQUE (source_id, key),
    CHECK (valid_from >= concluded_on),
    CHECK (valid_until IS NULL OR valid_until >= valid_from),
    -- a healthy child is in no special group; one of group IV or V is not in the basic one
    CHECK (NOT (health_group = 1 AND pe_group IN ('special-a', 'special-b'))),
    CHECK (NOT (health_group >= 4 AND pe_group = 'basic'))
);
CREATE INDEX conclusion_person ON health.conclusion (person_id);
CREATE INDEX conclusion_organization ON health.conclusion (organization_id, valid_from) INCLUDE (valid_until);

-- Disability (справка медико-социальной экспертизы): the category — a disabled child, or a group —
-- with its reason (required for a group), the day it was established and the last day it holds
-- (none: established indefinitely, or until the person's next examination is not known), and the
-- series and number of the certificate.
CREATE TABLE health.disability (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id       bigint      NOT NULL,
    key             text        NOT NULL,
    person_id       bigint      NOT NULL,
    organization_id bigint      NOT NULL,
    membership_id   bigint,
    category        text        NOT NULL CHECK (category IN ('child-disabled', 'group-1', 'group-2', 'group-3')),
    reason          text        CHECK (reason IN ('general-disease', 'childhood', 'work-injury', 'occupational-disease',
                                                  'military-injury', 'military-service-disease', 'radiation', 'other')),
    established_on  date        NOT NULL,
    valid_until     date,
    certificate     text,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (source_id, key),
    CHECK (category = 'child-disabled' OR reason IS NOT NULL),
    CHECK (valid_until IS NULL OR valid_until >= established_on)
);
CREATE INDEX disability_person ON health.disability (person_id);
CREATE INDEX disability_organization ON health.disability (organization_id, established_on) INCLUDE (valid_until);

-- Special educational needs (обучающийся с ОВЗ, заключение психолого-медико-педагогической
-- комиссии): the category, whether the learner needs an adapted programme and its variant, the
-- commission, the number and day of its conclusion, and the last day it holds (none: for the whole
-- level of education).
CREATE TABLE health.special_needs (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id         bigint      NOT NULL,
    key               text        NOT NULL,
    person_id         bigint      NOT NULL,
    organization_id   bigint      NOT NULL,
    membership_id     bigint,
    category          text        NOT NULL
                                  CHECK (category IN ('deaf', 'hard-of-hearing', 'blind', 'visually-impaired', 'speech',
                                                      'musculoskeletal', 'mental-delay', 'autism', 'intellectual', 'complex')),
    adapted_programme boolean     NOT NULL DEFAULT true,
    programme_variant text,
    commission        text,
    number            text,
    concluded_on      date        NOT NULL,
    valid_until       date,
    updated_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (source_id, key),
    CHECK (valid_until IS NULL OR valid_until >= concluded_on),
    CHECK (programme_variant IS NULL OR adapted_programme)
);
CREATE INDEX special_needs_person ON health.special_needs (person_id);
CREATE INDEX special_needs_organization ON health.special_needs (organization_id, concluded_on) INCLUDE (valid_until);

-- Rows moved from one person to another by a merge, to move them back on its undo.
CREATE TABLE health.merge_move (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kept_id   bigint      NOT NULL,
    merged_id bigint      NOT NULL,
    moved_at  timestamptz NOT NULL DEFAULT now(),
    undone_at timestamptz
);

CREATE TABLE health.merge_moved_row (
    move_id    bigint NOT NULL REFERENCES health.merge_move (id),
    table_name text   NOT NULL,
    row_id     bigint NOT NULL,
    PRIMARY KEY (move_id, table_name, row_id)
);

-- The learner membership of a person in an organization that overlaps a period (from_day included,
-- to_day not; no to_day: open-ended), the latest that started, with the person's birth date, read
-- through the registry's published view report.learner under that organization's scope; the caller's
-- scope is set back afterwards. No row when there is none: the entry is flagged, not refused.
CREATE FUNCTION health.learner_membership(person bigint, organization bigint, from_day date, to_day date)
RETURNS TABLE (membership_id bigint, birth_date date) LANGUAGE plpgsql AS $$
DECLARE
    caller text := current_setting('kontingent.report_scope', true);
BEGIN
    PERFORM set_config('kontingent.report_scope', 'organization:' || organization, true);
    RETURN QUERY
    SELECT l.membership_id, l.birth_date
      FROM report.learner l
     WHERE l.person_id = person AND l.organization_id = organization
       AND (to_day IS NULL OR l.starts_on < to_day) AND (l.ends_on IS NULL OR l.ends_on > from_day)
     ORDER BY l.starts_on DESC, l.membership_id DESC
     LIMIT 1;
    PERFORM set_config('kontingent.report_scope', coalesce(caller, ''), true);
END
$$;

-- The report engine's data version moves on with every write to these tables, as with the registry's.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['conclusion', 'disability', 'special_needs', 'dictionary_entry'] LOOP
        EXECUTE format('CREATE TRIGGER report_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON health.%I'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION report.data_changed()', t);
    END LOOP;
END
$$;

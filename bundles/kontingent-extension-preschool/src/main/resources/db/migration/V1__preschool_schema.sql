-- The preschool education extension's own tables: the enrollment of a child in a kindergarten (one
-- row per learner membership and source: form of education, orders, programme, stay mode, group
-- type, age group, leaving) and admission applications (the queue). Every row is about a registry
-- person and is found again by the source that sent it and the source's key: the same entry
-- written twice changes nothing. The registry's ids are not foreign keys: the registry's tables
-- are not this bundle's to reference, and a person merged moves these rows through the bundle's
-- merge participant.
CREATE SCHEMA IF NOT EXISTS preschool;

-- The extension's dictionaries, with the names officials read. The codes are what sources send
-- and what the CHECKs below allow; PreschoolDictionaries in the bundle holds the same entries.
-- min_age and max_age bound an age group: a child of that many whole years belongs in it.
CREATE TABLE preschool.dictionary_entry (
    dictionary text     NOT NULL,
    code       text     NOT NULL,
    name       text     NOT NULL,
    sort_order integer  NOT NULL,
    min_age    smallint,
    max_age    smallint,
    PRIMARY KEY (dictionary, code),
    CHECK ((min_age IS NULL) = (max_age IS NULL) AND (dictionary = 'age-group') = (min_age IS NOT NULL))
);

INSERT INTO preschool.dictionary_entry (dictionary, code, name, sort_order, min_age, max_age) VALUES
('stay-mode', 'short-stay',          'Кратковременного пребывания (до 5 часов)',                     10, NULL, NULL),
('stay-mode', 'shortened-day',       'Сокращённого дня (8–10 часов)',                                20, NULL, NULL),
('stay-mode', 'full-day',            'Полного дня (10,5–12 часов)',                                  30, NULL, NULL),
('stay-mode', 'extended-day',        'Продлённого дня (13–14 часов)',                                40, NULL, NULL),
('stay-mode', 'round-the-clock',     'Круглосуточного пребывания',                                   50, NULL, NULL),
('group-type', 'general-developmental', 'Общеразвивающей направленности',                            10, NULL, NULL),
('group-type', 'compensating',       'Компенсирующей направленности',                                20, NULL, NULL),
('group-type', 'health-improving',   'Оздоровительной направленности',                               30, NULL, NULL),
('group-type', 'combined',           'Комбинированной направленности',                               40, NULL, NULL),
('group-type', 'care-and-supervision', 'Группа по присмотру и уходу',                                50, NULL, NULL),
('group-type', 'family',             'Семейная дошкольная группа',                                   60, NULL, NULL),
('age-group', 'infant',              'Группа младенческого возраста (до 1 года)',                    10, 0, 1),
('age-group', 'early',               'Группа раннего возраста (1–3 года)',                           20, 1, 3),
('age-group', 'junior',              'Младшая группа (3–4 года)',                                    30, 3, 4),
('age-group', 'middle',              'Средняя группа (4–5 лет)',                                     40, 4, 5),
('age-group', 'senior',              'Старшая группа (5–6 лет)',                                     50, 5, 6),
('age-group', 'preparatory',         'Подготовительная к школе группа (6–8 лет)',                    60, 6, 8),
('age-group', 'mixed-age',           'Разновозрастная группа',                                       70, 0, 8),
('programme', 'basic',               'Образовательная программа дошкольного образования',            10, NULL, NULL),
('programme', 'adapted',             'Адаптированная образовательная программа дошкольного образования', 20, NULL, NULL),
('programme', 'care-only',           'Присмотр и уход без реализации образовательной программы',     30, NULL, NULL),
('preferential-category', 'extraordinary', 'Внеочередное право',                                     10, NULL, NULL),
('preferential-category', 'first-priority', 'Первоочередное право',                                  20, NULL, NULL),
('preferential-category', 'sibling', 'Преимущественное право (брат или сестра в организации)',       30, NULL, NULL),
('application-status', 'waiting',    'Ожидает места (в очереди)',                                    10, NULL, NULL),
('application-status', 'sent',       'Направлен в организацию',                                      20, NULL, NULL),
('application-status', 'enrolled',   'Зачислен',                                                     30, NULL, NULL),
('application-status', 'refused',    'Отказано',                                                     40, NULL, NULL),
('application-status', 'withdrawn',  'Отозвано заявителем',                                          50, NULL, NULL);

-- The enrollment of a child in a kindergarten: the details of one learner membership (its dates
-- live in the registry) as a source keeps them.
CREATE TABLE preschool.enrollment (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id            bigint      NOT NULL,
    key                  text        NOT NULL,
    person_id            bigint      NOT NULL,
    organization_id      bigint      NOT NULL,
    membership_id        bigint,
    enrolled_on          date        NOT NULL,
    order_number         text,
    order_date           date,
    study_form_code      text,
    programme            text        NOT NULL DEFAULT 'basic' CHECK (programme IN ('basic', 'adapted', 'care-only')),
    adapted              boolean     NOT NULL DEFAULT false,
    group_specifics      text,
    stay_mode            text        NOT NULL CHECK (stay_mode IN ('short-stay', 'shortened-day', 'full-day',
                                                                   'extended-day', 'round-the-clock')),
    group_type           text        NOT NULL CHECK (group_type IN ('general-developmental', 'compensating',
                                                                    'health-improving', 'combined',
                                                                    'care-and-supervision', 'family')),
    age_group            text        NOT NULL CHECK (age_group IN ('infant', 'early', 'junior', 'middle', 'senior',
                                                                   'preparatory', 'mixed-age')),
    leaving_ground       text,
    leaving_order_number text,
    leaving_order_date   date,
    updated_at           timestamptz NOT NULL DEFAULT now(),
    UNIQUE (source_id, key),
    CONSTRAINT enrollment_adapted_programme CHECK (programme <> 'adapted' OR adapted)
);
CREATE INDEX enrollment_person ON preschool.enrollment (person_id);
CREATE INDEX enrollment_organization ON preschool.enrollment (organization_id);
CREATE INDEX enrollment_membership ON preschool.enrollment (membership_id);

-- Admission applications: the queue. The child's birth date is the application's (the registry
-- publishes birth dates of learners only, and a child in the queue is often none yet).
CREATE TABLE preschool.application (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id             bigint      NOT NULL,
    key                   text        NOT NULL,
    person_id             bigint      NOT NULL,
    organization_id       bigint      NOT NULL,
    alternatives          bigint[]    NOT NULL DEFAULT '{}',
    birth_date            date        NOT NULL,
    registered_on         date        NOT NULL,
    wanted_date           date        NOT NULL,
    preferential_category text        CHECK (preferential_category IN ('extraordinary', 'first-priority', 'sibling')),
    status                text        NOT NULL DEFAULT 'waiting'
                                      CHECK (status IN ('waiting', 'sent', 'enrolled', 'refused', 'withdrawn')),
    status_date           date        NOT NULL,
    updated_at            timestamptz NOT NULL DEFAULT now(),
    UNIQUE (source_id, key),
    CONSTRAINT application_dates CHECK (birth_date <= registered_on AND registered_on <= status_date
                                        AND birth_date <= wanted_date AND wanted_date < birth_date + interval '8 years'),
    CONSTRAINT application_alternatives CHECK (cardinality(alternatives) <= 5)
);
CREATE INDEX application_person ON preschool.application (person_id);
CREATE INDEX application_organization ON preschool.application (organization_id, registered_on);

-- Rows moved from one person to another by a merge, to move them back on its undo.
CREATE TABLE preschool.merge_move (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kept_id   bigint      NOT NULL,
    merged_id bigint      NOT NULL,
    moved_at  timestamptz NOT NULL DEFAULT now(),
    undone_at timestamptz
);

CREATE TABLE preschool.merge_moved_row (
    move_id    bigint NOT NULL REFERENCES preschool.merge_move (id),
    table_name text   NOT NULL,
    row_id     bigint NOT NULL,
    PRIMARY KEY (move_id, table_name, row_id)
);

-- The learner membership of a person in an organization holding on a day (the latest that started,
-- when several), with the child's birth date and the membership's end, read through the registry's
-- published view report.learner under that organization's scope; the caller's scope is set back
-- afterwards. No row when there is none: the entry is flagged, not refused.
CREATE FUNCTION preschool.learner_membership(person bigint, organization bigint, day date)
RETURNS TABLE (membership_id bigint, birth_date date, ends_on date) LANGUAGE plpgsql AS $$
DECLARE
    caller text := current_setting('kontingent.report_scope', true);
BEGIN
    PERFORM set_config('kontingent.report_scope', 'organization:' || organization, true);
    RETURN QUERY
    SELECT l.membership_id, l.birth_date, l.ends_on
      FROM report.learner l
     WHERE l.person_id = person AND l.organization_id = organization
       AND l.starts_on <= day AND (l.ends_on IS NULL OR l.ends_on > day)
     ORDER BY l.starts_on DESC, l.membership_id DESC
     LIMIT 1;
    PERFORM set_config('kontingent.report_scope', coalesce(caller, ''), true);
END
$$;

-- The birth date the registry holds for a person who is a learner anywhere in the region (the
-- published view report.learner under the region's scope), or null.
CREATE FUNCTION preschool.learner_birth_date(person bigint) RETURNS date LANGUAGE plpgsql AS $$
DECLARE
    caller text := current_setting('kontingent.report_scope', true);
    found date;
BEGIN
    PERFORM set_config('kontingent.report_scope', 'region', true);
    SELECT l.birth_date INTO found FROM report.learner l WHERE l.person_id = person AND l.birth_date IS NOT NULL LIMIT 1;
    PERFORM set_config('kontingent.report_scope', coalesce(caller, ''), true);
    RETURN found;
END
$$;

-- The organizations of the ids given that the registry knows (report.organization under the
-- region's scope), with the education level each counts at: its own, or for a mixed one its type's.
CREATE FUNCTION preschool.organization_levels(ids bigint[]) RETURNS TABLE (id bigint, level text) LANGUAGE plpgsql AS $$
DECLARE
    caller text := current_setting('kontingent.report_scope', true);
BEGIN
    PERFORM set_config('kontingent.report_scope', 'region', true);
    RETURN QUERY
    SELECT o.id, CASE WHEN o.education_level <> 'mixed' THEN o.education_level ELSE coalesce(t.parent_code, 'general') END
      FROM report.organization o
      LEFT JOIN report.dictionary t ON t.dictionary = 'organization-type' AND t.code = o.type_code
     WHERE o.id = ANY (ids);
    PERFORM set_config('kontingent.report_scope', coalesce(caller, ''), true);
END
$$;

-- The report engine's data version moves on with every write to these tables, as with the registry's.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['enrollment', 'application', 'dictionary_entry'] LOOP
        EXECUTE format('CREATE TRIGGER report_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON preschool.%I'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION report.data_changed()', t);
    END LOOP;
END
$$;

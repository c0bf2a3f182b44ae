-- The general education extension's own tables (grades 1–11): marks, ГИА exams, certificates,
-- the programme of a membership and applications. Every row is about a registry person (and,
-- where known, one of their learner memberships) and is found again by the source that sent it
-- and the source's key: the same entry written twice changes nothing. The registry's ids are not
-- foreign keys: the registry's tables are not this bundle's to reference, and a person merged
-- moves these rows through the bundle's merge participant.
CREATE SCHEMA IF NOT EXISTS general;

-- The extension's dictionaries, with the names officials read. The codes are what sources send
-- and what the CHECKs below allow; GeneralDictionaries in the bundle holds the same entries.
CREATE TABLE general.dictionary_entry (
    dictionary text    NOT NULL,
    code       text    NOT NULL,
    name       text    NOT NULL,
    sort_order integer NOT NULL,
    PRIMARY KEY (dictionary, code)
);

INSERT INTO general.dictionary_entry (dictionary, code, name, sort_order) VALUES
('mark-period', 'current',           'Текущая отметка',                                10),
('mark-period', 'term-1',            '1 четверть',                                     20),
('mark-period', 'term-2',            '2 четверть',                                     30),
('mark-period', 'term-3',            '3 четверть',                                     40),
('mark-period', 'term-4',            '4 четверть',                                     50),
('mark-period', 'half-1',            '1 полугодие',                                    60),
('mark-period', 'half-2',            '2 полугодие',                                    70),
('mark-period', 'year',              'Годовая отметка',                                80),
('mark-period', 'final',             'Итоговая отметка',                               90),
('mark-scale',  'five-point',        'Пятибалльная шкала (1–5)',                       10),
('mark-scale',  'pass-fail',         'Зачёт / незачёт',                                20),
('mark-scale',  'score',             'Баллы (0–100)',                                  30),
('exam-kind',   'oge',               'ОГЭ',                                            10),
('exam-kind',   'gve-9',             'ГВЭ-9',                                          20),
('exam-kind',   'ege',               'ЕГЭ',                                            30),
('exam-kind',   'gve-11',            'ГВЭ-11',                                         40),
('certificate-kind', 'basic-general',     'Аттестат об основном общем образовании',    10),
('certificate-kind', 'secondary-general', 'Аттестат о среднем общем образовании',      20),
('programme-level', 'primary-general',    'Начальное общее образование',               10),
('programme-level', 'basic-general',      'Основное общее образование',                20),
('programme-level', 'secondary-general',  'Среднее общее образование',                 30),
('shift',       '1',                 'Первая смена',                                   10),
('shift',       '2',                 'Вторая смена',                                   20),
('shift',       '3',                 'Третья смена',                                   30),
('application-status', 'registered', 'Зарегистрировано',                               10),
('application-status', 'enrolled',   'Зачислен',                                       20),
('application-status', 'refused',    'Отказано',                                       30),
('application-status', 'withdrawn',  'Отозвано заявителем',                            40);

-- Marks: current (with the day), for a period, for the year, final. The mark as sent is kept, and
-- its value on its scale: 1–5, passed or not, or a score.
CREATE TABLE general.mark (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id       bigint       NOT NULL,
    key             text         NOT NULL,
    person_id       bigint       NOT NULL,
    organization_id bigint       NOT NULL,
    membership_id   bigint,
    academic_year   text         NOT NULL CHECK (academic_year ~ '^[0-9]{4}-[0-9]{4}$'),
    subject         text         NOT NULL,
    subject_code    text,
    period          text         NOT NULL CHECK (period IN ('current', 'term-1', 'term-2', 'term-3', 'term-4',
                                                            'half-1', 'half-2', 'year', 'final')),
    marked_on       date,
    mark            text         NOT NULL,
    scale           text         NOT NULL CHECK (scale IN ('five-point', 'pass-fail', 'score')),
    mark_value      smallint     CHECK (mark_value BETWEEN 1 AND 5),
    passed          boolean,
    score           numeric(5,2) CHECK (score BETWEEN 0 AND 100),
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (source_id, key),
    CONSTRAINT mark_value_on_scale CHECK (CASE scale
        WHEN 'five-point' THEN mark_value IS NOT NULL AND passed IS NULL AND score IS NULL
        WHEN 'pass-fail' THEN mark_value IS NULL AND passed IS NOT NULL AND score IS NULL
        ELSE mark_value IS NULL AND passed IS NULL AND score IS NOT NULL END),
    CONSTRAINT mark_current_dated CHECK (period <> 'current' OR marked_on IS NOT NULL)
);
CREATE INDEX mark_person ON general.mark (person_id, academic_year);
CREATE INDEX mark_organization ON general.mark (organization_id, academic_year, period);

-- The state final attestation (ГИА): ОГЭ and ГВЭ-9 after grade 9, ЕГЭ and ГВЭ-11 after grade 11.
CREATE TABLE general.exam (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id       bigint       NOT NULL,
    key             text         NOT NULL,
    person_id       bigint       NOT NULL,
    organization_id bigint,
    membership_id   bigint,
    kind            text         NOT NULL CHECK (kind IN ('oge', 'gve-9', 'ege', 'gve-11')),
    academic_year   text         NOT NULL CHECK (academic_year ~ '^[0-9]{4}-[0-9]{4}$'),
    subject         text         NOT NULL,
    subject_code    text,
    exam_date       date         NOT NULL,
    score           numeric(5,2) CHECK (score BETWEEN 0 AND 100),
    mark_value      smallint     CHECK (mark_value BETWEEN 2 AND 5),
    passed          boolean      NOT NULL,
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (source_id, key),
    CONSTRAINT exam_result CHECK (score IS NOT NULL OR mark_value IS NOT NULL)
);
CREATE INDEX exam_person ON general.exam (person_id);
CREATE INDEX exam_organization ON general.exam (organization_id, academic_year, kind);

-- Certificates (аттестаты) of basic and secondary general education.
CREATE TABLE general.certificate (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id       bigint      NOT NULL,
    key             text        NOT NULL,
    person_id       bigint      NOT NULL,
    organization_id bigint      NOT NULL,
    membership_id   bigint,
    kind            text        NOT NULL CHECK (kind IN ('basic-general', 'secondary-general')),
    series          text,
    number          text        NOT NULL,
    issued_on       date        NOT NULL,
    with_honours    boolean     NOT NULL DEFAULT false,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (source_id, key)
);
CREATE INDEX certificate_person ON general.certificate (person_id);
CREATE INDEX certificate_organization ON general.certificate (organization_id, issued_on);

-- The programme a learner's membership follows: its level, adapted or not, form of education
-- (the registry's study-form dictionary) and shift.
CREATE TABLE general.programme (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id       bigint      NOT NULL,
    key             text        NOT NULL,
    person_id       bigint      NOT NULL,
    organization_id bigint      NOT NULL,
    membership_id   bigint,
    level           text        NOT NULL CHECK (level IN ('primary-general', 'basic-general', 'secondary-general')),
    adapted         boolean     NOT NULL DEFAULT false,
    study_form_code text,
    shift           smallint    CHECK (shift BETWEEN 1 AND 3),
    starts_on       date,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (source_id, key)
);
CREATE INDEX programme_person ON general.programme (person_id);
CREATE INDEX programme_organization ON general.programme (organization_id);

-- Applications for admission to a school: the class wanted and the day it was registered.
CREATE TABLE general.application (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id       bigint      NOT NULL,
    key             text        NOT NULL,
    person_id       bigint      NOT NULL,
    organization_id bigint      NOT NULL,
    grade           smallint    NOT NULL CHECK (grade BETWEEN 1 AND 11),
    academic_year   text        CHECK (academic_year ~ '^[0-9]{4}-[0-9]{4}$'),
    registered_on   date        NOT NULL,
    status          text        NOT NULL DEFAULT 'registered'
                                CHECK (status IN ('registered', 'enrolled', 'refused', 'withdrawn')),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (source_id, key)
);
CREATE INDEX application_person ON general.application (person_id);
CREATE INDEX application_organization ON general.application (organization_id, registered_on);

-- Rows moved from one person to another by a merge, to move them back on its undo.
CREATE TABLE general.merge_move (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kept_id   bigint      NOT NULL,
    merged_id bigint      NOT NULL,
    moved_at  timestamptz NOT NULL DEFAULT now(),
    undone_at timestamptz
);

CREATE TABLE general.merge_moved_row (
    move_id    bigint NOT NULL REFERENCES general.merge_move (id),
    table_name text   NOT NULL,
    row_id     bigint NOT NULL,
    PRIMARY KEY (move_id, table_name, row_id)
);

-- The learner membership of a person in an organization during a period (half-open, [from, to)),
-- read through the registry's published view report.learner under that organization's scope; the
-- caller's scope is set back afterwards. Null when there is none: the entry is flagged, not refused.
CREATE FUNCTION general.learner_membership(person bigint, organization bigint, from_day date, to_day date)
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
    FOREACH t IN ARRAY ARRAY['mark', 'exam', 'certificate', 'programme', 'application', 'dictionary_entry'] LOOP
        EXECUTE format('CREATE TRIGGER report_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON general.%I'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION report.data_changed()', t);
    END LOOP;
END
$$;

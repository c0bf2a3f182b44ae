-- The portfolio extension's own tables: a learner's participation in events (olympiads, contests,
-- competitions, championships, conferences, festivals) with the event's level and stage, the
-- dates, the result, place and score, the team, the diploma's number, the organizer and the rank
-- or title awarded; and other achievements (ГТО badges, sports ranks and titles, qualification
-- ranks, certificates, scholarships). Every row is about a registry person and the organization
-- that reports it (and, where known, the person's learner membership there on the day), of any
-- education level, and is found again by the source that sent it and the source's key: the same
-- entry written twice changes nothing. The registry's ids are not foreign keys: the registry's
-- tables are not this bundle's to reference, and a person merged moves these rows through the
-- bundle's merge participant. Rows generated for a demo region have the source 0.
CREATE SCHEMA IF NOT EXISTS portfolio;

-- The extension's dictionaries, with the names officials read. The codes are what sources send
-- and what the CHECKs below allow; PortfolioDictionaries in the bundle holds the same entries.
CREATE TABLE portfolio.dictionary_entry (
    dictionary text    NOT NULL,
    code       text    NOT NULL,
    name       text    NOT NULL,
    sort_order integer NOT NULL,
    PRIMARY KEY (dictionary, code)
);

INSERT INTO portfolio.dictionary_entry (dictionary, code, name, sort_order) VALUES
('event-kind',       'olympiad',             'Олимпиада',                                                10),
('event-kind',       'contest',              'Конкурс',                                                  20),
('event-kind',       'competition',          'Соревнование',                                             30),
('event-kind',       'championship',         'Чемпионат профессионального мастерства',                   40),
('event-kind',       'conference',           'Конференция',                                              50),
('event-kind',       'festival',             'Фестиваль',                                                60),
('event-kind',       'other',                'Иное мероприятие',                                         70),
('event-level',      'school',               'Уровень образовательной организации',                      10),
('event-level',      'municipal',            'Муниципальный',                                            20),
('event-level',      'regional',             'Региональный',                                             30),
('event-level',      'interregional',        'Межрегиональный',                                          40),
('event-level',      'all-russian',          'Всероссийский',                                            50),
('event-level',      'international',        'Международный',                                            60),
-- the stages of the all-Russian olympiad of schoolchildren (ВсОШ) and of other olympiads' lists
('event-stage',      'qualifying',           'Отборочный этап',                                          10),
('event-stage',      'school',               'Школьный этап',                                            20),
('event-stage',      'municipal',            'Муниципальный этап',                                       30),
('event-stage',      'regional',             'Региональный этап',                                        40),
('event-stage',      'final',                'Заключительный этап',                                      50),
('event-result',     'participant',          'Участник',                                                 10),
('event-result',     'prize-winner',         'Призёр',                                                   20),
('event-result',     'winner',               'Победитель',                                               30),
('participation',    'individual',           'Индивидуальное',                                           10),
('participation',    'team',                 'Командное',                                                20),
('achievement-kind', 'gto-badge',            'Знак отличия ВФСК «Готов к труду и обороне» (ГТО)',        10),
('achievement-kind', 'sports-rank',          'Спортивный разряд',                                        20),
('achievement-kind', 'sports-title',         'Спортивное звание',                                        30),
('achievement-kind', 'qualification-rank',   'Квалификационный разряд по профессии',                     40),
('achievement-kind', 'certificate',          'Сертификат, свидетельство о владении языком или навыком',  50),
('achievement-kind', 'scholarship',          'Именная стипендия, премия',                                60),
('achievement-kind', 'other',                'Иное достижение',                                          70),
('gto-badge',        'gold',                 'Золотой знак отличия',                                     10),
('gto-badge',        'silver',               'Серебряный знак отличия',                                  20),
('gto-badge',        'bronze',               'Бронзовый знак отличия',                                   30),
-- the Единая всероссийская спортивная классификация: ranks (разряды) up to КМС, then titles (звания)
('sports-rank',      'youth-3',              'Третий юношеский спортивный разряд',                       10),
('sports-rank',      'youth-2',              'Второй юношеский спортивный разряд',                       20),
('sports-rank',      'youth-1',              'Первый юношеский спортивный разряд',                       30),
('sports-rank',      'adult-3',              'Третий спортивный разряд',                                 40),
('sports-rank',      'adult-2',              'Второй спортивный разряд',                                 50),
('sports-rank',      'adult-1',              'Первый спортивный разряд',                                 60),
('sports-rank',      'candidate-master',     'Кандидат в мастера спорта',                                70),
('sports-rank',      'master',               'Мастер спорта России',                                     80),
('sports-rank',      'master-international', 'Мастер спорта России международного класса',               90),
('sports-rank',      'grandmaster',          'Гроссмейстер России',                                     100),
('sports-rank',      'honoured-master',      'Заслуженный мастер спорта России',                        110);

-- A learner's participation in an event, from starts_on (to ends_on, included, for an event of
-- several days): its name, kind, subject or area, level and stage, the result (participant,
-- prize-winner, winner) with the place and score, individual or in a team, the number of the
-- diploma or certificate, the organizer, and the sports rank or title awarded by its results.
CREATE TABLE portfolio.event (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id       bigint      NOT NULL,
    key             text        NOT NULL,
    person_id       bigint      NOT NULL,
    organization_id bigint      NOT NULL,
    membership_id   bigint,
    name            text        NOT NULL,
    kind            text        NOT NULL CHECK (kind IN ('olympiad', 'contest', 'competition', 'championship',
                                                         'conference', 'festival', 'other')),
    subject         text,
    level           text        NOT NULL CHECK (level IN ('school', 'municipal', 'regional', 'interregional',
                                                          'all-russian', 'international')),
    stage           text        CHECK (stage IN ('qualifying', 'school', 'municipal', 'regional', 'final')),
    starts_on       date        NOT NULL,
    ends_on         date,
    result          text        NOT NULL DEFAULT 'participant' CHECK (result IN ('participant', 'prize-winner', 'winner')),
    place           integer     CHECK (place BETWEEN 1 AND 100000),
    score           numeric(7, 2) CHECK (score BETWEEN 0 AND 10000),
    participation   text        NOT NULL DEFAULT 'individual' CHECK (participation IN ('individual', 'team')),
    team_name       text,
    document_number text,
    organizer       text,
    awarded_title   text,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (source_id, key),
    CHECK (ends_on IS NULL OR ends_on >= starts_on),
    CHECK (stage IS NULL OR stage NOT IN ('school', 'municipal', 'regional') OR stage = level),
    CHECK (place IS NULL OR place > 3 OR result <> 'participant'),
    CHECK (team_name IS NULL OR participation = 'team')
);
CREATE INDEX event_person ON portfolio.event (person_id);
CREATE INDEX event_membership ON portfolio.event (membership_id);
-- the forms read the events of an academic year in the organizations of the scope
CREATE INDEX event_organization ON portfolio.event (organization_id, starts_on) INCLUDE (level, result, person_id, kind);

-- Other achievements: a ГТО badge (with its stage), a sports rank or title (ЕВСК, with the sport),
-- a qualification rank in a profession (grade 1 to 8), a certificate, a scholarship or another
-- achievement, awarded on awarded_on (and valid until valid_until, not included, when it expires),
-- with its level, issuer and document.
CREATE TABLE portfolio.achievement (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id       bigint      NOT NULL,
    key             text        NOT NULL,
    person_id       bigint      NOT NULL,
    organization_id bigint      NOT NULL,
    membership_id   bigint,
    kind            text        NOT NULL CHECK (kind IN ('gto-badge', 'sports-rank', 'sports-title', 'qualification-rank',
                                                         'certificate', 'scholarship', 'other')),
    name            text,
    badge           text        CHECK (badge IN ('gold', 'silver', 'bronze')),
    gto_stage       smallint    CHECK (gto_stage BETWEEN 1 AND 18),
    rank            text        CHECK (rank IN ('youth-3', 'youth-2', 'youth-1', 'adult-3', 'adult-2', 'adult-1',
                                                'candidate-master', 'master', 'master-international', 'grandmaster',
                                                'honoured-master')),
    grade           smallint    CHECK (grade BETWEEN 1 AND 8),
    sport           text,
    level           text        CHECK (level IN ('school', 'municipal', 'regional', 'interregional', 'all-russian',
                                                 'international')),
    awarded_on      date        NOT NULL,
    valid_until     date,
    issuer          text,
    document_number text,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (source_id, key),
    CHECK (name IS NOT NULL OR kind IN ('gto-badge', 'sports-rank', 'sports-title')),
    CHECK ((kind = 'gto-badge') = (badge IS NOT NULL)),
    CHECK (gto_stage IS NULL OR kind = 'gto-badge'),
    CHECK ((kind = 'qualification-rank') = (grade IS NOT NULL)),
    CHECK (CASE kind WHEN 'sports-rank' THEN rank IN ('youth-3', 'youth-2', 'youth-1', 'adult-3', 'adult-2', 'adult-1',
                                                      'candidate-master')
                     WHEN 'sports-title' THEN rank IN ('master', 'master-international', 'grandmaster', 'honoured-master')
                     ELSE rank IS NULL END),
    CHECK (valid_until IS NULL OR valid_until > awarded_on)
);
CREATE INDEX achievement_person ON portfolio.achievement (person_id);
CREATE INDEX achievement_membership ON portfolio.achievement (membership_id);
CREATE INDEX achievement_organization ON portfolio.achievement (organization_id, awarded_on);

-- Rows moved from one person to another by a merge, to move them back on its undo.
CREATE TABLE portfolio.merge_move (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kept_id   bigint      NOT NULL,
    merged_id bigint      NOT NULL,
    moved_at  timestamptz NOT NULL DEFAULT now(),
    undone_at timestamptz
);

CREATE TABLE portfolio.merge_moved_row (
    move_id    bigint NOT NULL REFERENCES portfolio.merge_move (id),
    table_name text   NOT NULL,
    row_id     bigint NOT NULL,
    PRIMARY KEY (move_id, table_name, row_id)
);

-- The learner membership of a person in an organization on a day, read through the registry's
-- published view report.learner under that organization's scope; the caller's scope is set back
-- afterwards. Null when there is none: the entry is flagged, not refused.
CREATE FUNCTION portfolio.learner_membership(person bigint, organization bigint, day date)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    caller text := current_setting('kontingent.report_scope', true);
    found bigint;
BEGIN
    PERFORM set_config('kontingent.report_scope', 'organization:' || organization, true);
    SELECT l.membership_id INTO found
      FROM report.learner l
     WHERE l.person_id = person AND l.organization_id = organization
       AND l.starts_on <= day AND (l.ends_on IS NULL OR l.ends_on > day)
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
    FOREACH t IN ARRAY ARRAY['event', 'achievement', 'dictionary_entry'] LOOP
        EXECUTE format('CREATE TRIGGER report_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON portfolio.%I'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION report.data_changed()', t);
    END LOOP;
END
$$;

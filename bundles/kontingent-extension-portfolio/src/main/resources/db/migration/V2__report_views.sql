-- The portfolio extension's published report views (capability kontingent.report.views,
-- portfolio=1.0.0; the columns are documented in the bundle's README.md). They follow the scope as
-- the registry's views do: kontingent.report_scope set by the report engine for its transaction
-- ('region', 'authority:<id>', 'organization:<id>'), checked by organization id against
-- registry.report_scope_organization; nothing at all without a scope. The role kontingent_report
-- reads them through the default privileges the registry set on schema report; it cannot read
-- schema portfolio itself.
--
-- The codes are named by left joins on the dictionaries' keys: every code is a dictionary's (the
-- tables' CHECKs), so the rows are the same as with inner joins, and a form that reads no name
-- does not pay for the lookups (the planner removes a left join on a unique key whose columns are
-- not read).

-- Learners' participation in events, reported by organizations of the scope; an event is of the
-- academic year its first day (starts_on) falls in.
CREATE VIEW report.portfolio_event AS
SELECT e.id, e.person_id, e.organization_id, e.membership_id, e.name, e.kind, kind.name AS kind_name, e.subject,
       e.level, level.name AS level_name, e.stage, stage.name AS stage_name, e.starts_on, e.ends_on, e.result,
       result.name AS result_name, e.place, e.score, e.participation, e.team_name, e.document_number, e.organizer,
       e.awarded_title
  FROM portfolio.event e
  LEFT JOIN portfolio.dictionary_entry kind ON kind.dictionary = 'event-kind' AND kind.code = e.kind
  LEFT JOIN portfolio.dictionary_entry level ON level.dictionary = 'event-level' AND level.code = e.level
  LEFT JOIN portfolio.dictionary_entry stage ON stage.dictionary = 'event-stage' AND stage.code = e.stage
  LEFT JOIN portfolio.dictionary_entry result ON result.dictionary = 'event-result' AND result.code = e.result
 WHERE e.organization_id IN (SELECT id FROM registry.report_scope_organization);

-- Learners' other achievements, reported by organizations of the scope.
CREATE VIEW report.portfolio_achievement AS
SELECT a.id, a.person_id, a.organization_id, a.membership_id, a.kind, kind.name AS kind_name, a.name, a.badge,
       badge.name AS badge_name, a.gto_stage, a.rank, rank.name AS rank_name, a.grade, a.sport, a.level,
       level.name AS level_name, a.awarded_on, a.valid_until, a.issuer, a.document_number
  FROM portfolio.achievement a
  LEFT JOIN portfolio.dictionary_entry kind ON kind.dictionary = 'achievement-kind' AND kind.code = a.kind
  LEFT JOIN portfolio.dictionary_entry badge ON badge.dictionary = 'gto-badge' AND badge.code = a.badge
  LEFT JOIN portfolio.dictionary_entry rank ON rank.dictionary = 'sports-rank' AND rank.code = a.rank
  LEFT JOIN portfolio.dictionary_entry level ON level.dictionary = 'event-level' AND level.code = a.level
 WHERE a.organization_id IN (SELECT id FROM registry.report_scope_organization);

-- The extension's dictionaries: not personal, not scoped.
CREATE VIEW report.portfolio_dictionary AS
SELECT dictionary, code, name, sort_order FROM portfolio.dictionary_entry;

-- The gateway's published report view (capability kontingent.report.views, gateway=1.0.0; see
-- org.kontingent.report.api.ReportViews): packages and records per provider per day, for the
-- load dynamics on the statistics page. It uses the registry's report scope (V12 of the
-- registry core, applied first: Kontingent-Migrations-After). Outside the region scope it shows
-- the providers that write to an organization of the scope, and the files uploaded by users
-- whose scope lies inside it.
CREATE VIEW report.provider_load AS
SELECT p.id AS provider_id, p.code AS provider_code, p.name AS provider_name,
       pkg.received_at::date AS day,
       count(*) AS packages,
       coalesce(sum(pkg.received_count), 0) AS received,
       coalesce(sum(pkg.applied_count), 0) AS applied,
       coalesce(sum(pkg.refused_count), 0) AS refused,
       count(*) FILTER (WHERE pkg.status = 'rejected') AS rejected_packages
  FROM gateway.package pkg
  JOIN gateway.provider p ON p.id = pkg.provider_id
 WHERE report.scope_kind() = 'region'
    OR (pkg.uploader_scope_kind IS NULL
        AND EXISTS (SELECT 1 FROM gateway.provider_organization po
                     WHERE po.provider_id = p.id AND po.organization_id IN (SELECT id FROM report.organization)))
    OR (pkg.uploader_scope_kind = 'ORGANIZATION' AND pkg.uploader_scope_id IN (SELECT id FROM report.organization))
    OR (pkg.uploader_scope_kind = 'AUTHORITY' AND pkg.uploader_scope_id IN (SELECT id FROM report.authority))
 GROUP BY p.id, p.code, p.name, 4;

CREATE TRIGGER report_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON gateway.package
    FOR EACH STATEMENT EXECUTE FUNCTION report.data_changed();
CREATE TRIGGER report_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON gateway.provider
    FOR EACH STATEMENT EXECUTE FUNCTION report.data_changed();

-- default privileges of the registry's V12 give the report role this view; granted again in
-- case another database user applies the gateway's migrations
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'kontingent_report') THEN
        GRANT SELECT ON report.provider_load TO kontingent_report;
    END IF;
END
$$;

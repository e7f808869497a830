-- dataset: dyad_month
-- title: Dyad-month panel
-- grain: one row per unordered country pair (country_a < country_b) and calendar month
-- description: A balanced panel: every dyad that ever interacts (a meeting, a statement from one to
--   the other, or an issue raised between them) times every month of the covered range, with zeros
--   where nothing happened. The range runs from the first to the last month with activity, or over
--   the requested start and end. Undated records and the pseudo-country IGO are left out.
-- filter: start/end set the months covered; countries keeps dyads with either member one of them
-- country_columns: country_a, country_b
-- columns:
--   country_a               First country of the dyad (ISO3, the lower code)
--   country_b               Second country of the dyad (ISO3, the higher code)
--   cow_a                   Correlates of War code of country_a
--   cow_b                   Correlates of War code of country_b
--   year                    Year
--   month                   Month of the year (1-12)
--   month_start             First day of the month
--   meetings                Held meetings with both countries as parties (and planned ones with include_planned)
--   statements              Statements by a speaker of one country aimed at the other
--   statements_cooperative  Of which cooperative in tone
--   statements_neutral      Of which neutral in tone
--   statements_critical     Of which critical in tone
--   issues                  Issues raised between the two (one per article and issue)
WITH activity AS (
    SELECT dyad_a, dyad_b, CAST(date_trunc('month', date) AS DATE) AS month, record_type AS what, tone
    FROM events
    WHERE date IS NOT NULL
    UNION ALL
    SELECT bi.country_a, bi.country_b, CAST(date_trunc('month', d.published) AS DATE), 'issue', NULL
    FROM bilateral_issue bi
    JOIN document d ON d.id = bi.document_id
    WHERE d.published IS NOT NULL
),
states AS (
    SELECT a.*
    FROM activity a
    JOIN country ca ON ca.iso3 = a.dyad_a
    JOIN country cb ON cb.iso3 = a.dyad_b
    WHERE ca.kind <> 'pseudo' AND cb.kind <> 'pseudo'
),
bounds AS (
    SELECT CAST(date_trunc('month', coalesce(getvariable('parley_start'), min(month))) AS DATE) AS lo,
           CAST(date_trunc('month', coalesce(getvariable('parley_end'), max(month))) AS DATE) AS hi
    FROM states
),
months AS (
    SELECT CAST(unnest(generate_series(lo, hi, INTERVAL 1 MONTH)) AS DATE) AS month_start
    FROM bounds
    WHERE lo <= hi
),
dyads AS (
    SELECT DISTINCT dyad_a, dyad_b FROM states
),
counts AS (
    SELECT dyad_a, dyad_b, month,
           count(*) FILTER (WHERE what = 'meeting') AS meetings,
           count(*) FILTER (WHERE what = 'statement') AS statements,
           count(*) FILTER (WHERE what = 'statement' AND tone = 'cooperative') AS statements_cooperative,
           count(*) FILTER (WHERE what = 'statement' AND tone = 'neutral') AS statements_neutral,
           count(*) FILTER (WHERE what = 'statement' AND tone = 'critical') AS statements_critical,
           count(*) FILTER (WHERE what = 'issue') AS issues
    FROM states
    GROUP BY dyad_a, dyad_b, month
)
SELECT
    d.dyad_a AS country_a,
    d.dyad_b AS country_b,
    ca.cow_code AS cow_a,
    cb.cow_code AS cow_b,
    CAST(year(mo.month_start) AS INTEGER) AS year,
    CAST(month(mo.month_start) AS INTEGER) AS month,
    mo.month_start,
    coalesce(c.meetings, 0) AS meetings,
    coalesce(c.statements, 0) AS statements,
    coalesce(c.statements_cooperative, 0) AS statements_cooperative,
    coalesce(c.statements_neutral, 0) AS statements_neutral,
    coalesce(c.statements_critical, 0) AS statements_critical,
    coalesce(c.issues, 0) AS issues
FROM dyads d
CROSS JOIN months mo
LEFT JOIN counts c ON c.dyad_a = d.dyad_a AND c.dyad_b = d.dyad_b AND c.month = mo.month_start
JOIN country ca ON ca.iso3 = d.dyad_a
JOIN country cb ON cb.iso3 = d.dyad_b
ORDER BY country_a, country_b, month_start

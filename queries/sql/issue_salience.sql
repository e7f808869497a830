-- dataset: issue_salience
-- title: Issue salience by dyad and month
-- grain: one row per unordered country pair (country_a < country_b), issue and calendar month
-- description: How often each issue was raised between two countries each month, and its share of
--   all issues raised between them that month. Balanced like dyad_month: every dyad-issue pair ever
--   raised times every month of the covered range, zeros where nothing was raised. Issues are dated
--   by the article's publication date; undated articles and the pseudo-country IGO are left out.
-- filter: start/end set the months covered; countries with two codes or more keeps the dyads among
--   them (both members one of them), with one code every dyad it is a member of
-- country_columns: country_a, country_b
-- columns:
--   country_a      =bilateral_issue.country_a
--   country_b      =bilateral_issue.country_b
--   cow_a          Correlates of War code of country_a
--   cow_b          Correlates of War code of country_b
--   issue          =bilateral_issue.issue
--   issue_label    =issue.label
--   year           Year
--   month          Month of the year (1-12)
--   month_start    First day of the month
--   mentions       Articles raising this issue between the two that month
--   dyad_mentions  Issues of any kind raised between the two that month
--   share          mentions / dyad_mentions (null when nothing was raised)
WITH raised AS (
    SELECT bi.country_a, bi.country_b, bi.issue, CAST(date_trunc('month', d.published) AS DATE) AS month
    FROM bilateral_issue bi
    JOIN document d ON d.id = bi.document_id
    JOIN country ca ON ca.iso3 = bi.country_a
    JOIN country cb ON cb.iso3 = bi.country_b
    WHERE d.published IS NOT NULL AND ca.kind <> 'pseudo' AND cb.kind <> 'pseudo'
),
bounds AS (
    SELECT CAST(date_trunc('month', coalesce(getvariable('parley_start'), min(month))) AS DATE) AS lo,
           CAST(date_trunc('month', coalesce(getvariable('parley_end'), max(month))) AS DATE) AS hi
    FROM raised
),
months AS (
    SELECT CAST(unnest(generate_series(lo, hi, INTERVAL 1 MONTH)) AS DATE) AS month_start
    FROM bounds
    WHERE lo <= hi
),
pairs AS (
    SELECT DISTINCT country_a, country_b, issue FROM raised
),
counts AS (
    SELECT country_a, country_b, issue, month, count(*) AS mentions
    FROM raised
    GROUP BY ALL
),
totals AS (
    SELECT country_a, country_b, month, count(*) AS dyad_mentions
    FROM raised
    GROUP BY ALL
)
SELECT
    p.country_a,
    p.country_b,
    ca.cow_code AS cow_a,
    cb.cow_code AS cow_b,
    p.issue,
    i.label AS issue_label,
    CAST(year(mo.month_start) AS INTEGER) AS year,
    CAST(month(mo.month_start) AS INTEGER) AS month,
    mo.month_start,
    coalesce(c.mentions, 0) AS mentions,
    coalesce(t.dyad_mentions, 0) AS dyad_mentions,
    CAST(c.mentions AS DOUBLE) / t.dyad_mentions AS share
FROM pairs p
CROSS JOIN months mo
LEFT JOIN counts c ON c.country_a = p.country_a AND c.country_b = p.country_b AND c.issue = p.issue
    AND c.month = mo.month_start
LEFT JOIN totals t ON t.country_a = p.country_a AND t.country_b = p.country_b AND t.month = mo.month_start
JOIN country ca ON ca.iso3 = p.country_a
JOIN country cb ON cb.iso3 = p.country_b
LEFT JOIN issue i ON i.code = p.issue
ORDER BY p.country_a, p.country_b, p.issue, mo.month_start

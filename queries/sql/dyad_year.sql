-- dataset: dyad_year
-- title: Dyad-year panel
-- grain: one row per country pair and year: unordered (country_a < country_b) by default,
--   ordered (both (A,B) and (B,A)) when directed; keyed by ISO3, or by COW or G&W state numbers
-- description: A balanced panel with zeros where nothing happened. By default (system iso3,
--   undirected, universe interacting): every ISO3 dyad that ever interacts (a meeting, a statement
--   from one to the other, or an issue raised between them) times every year of the covered range.
--   With system cow or gw the keys are state numbers at the date (ccode1, ccode2 or gwcode1,
--   gwcode2, as peacesciencer names them), a record counts only when both states were members of the
--   system at its date, and a dyad has only the years in which both were members on a same day (so no GFR-GMY row in 1990);
--   universe all gives every such pair of members, interacting or not. Directed: meetings hosted by
--   the first state and statements by its speakers aimed at the second count in that direction only;
--   meetings and issues count in both. Undirected: directed counts summed over both directions,
--   meetings and issues once. The range runs from the first to the last year with activity, or over
--   the requested start and end. Undated records and the pseudo-country IGO are left out.
-- filter: start/end set the years covered; countries keeps dyads with either member one of them (cow,
--   gw: either state number one that the ISO3 codes stand for)
-- country_columns: country_a, country_b
-- options: system, directed, universe
-- columns:
--   country_a               First country of the dyad (ISO3; the lower code when undirected)
--   country_b               Second country of the dyad (ISO3; the higher code when undirected)
--   cow_a                   Correlates of War code of country_a (the country table's; system cow gives it at the date)
--   cow_b                   Correlates of War code of country_b (the country table's)
--   year                    Year
--   meetings                Held meetings with both countries as parties (the same in both directions; planned ones too with include_planned)
--   meetings_hosted         Of which hosted by the first country (directed) or by either (undirected)
--   statements              Statements by a speaker of the first country aimed at the second (directed) or either way
--   statements_cooperative  Of which cooperative in tone
--   statements_neutral      Of which neutral in tone
--   statements_critical     Of which critical in tone
--   issues                  Issues raised between the two (one per article and issue)
-- system_columns:
--   ccode1                  COW state number of the first state (system cow; the lower number when undirected)
--   ccode2                  COW state number of the second state (system cow)
--   gwcode1                 Gleditsch-Ward state number of the first state (system gw; the lower when undirected)
--   gwcode2                 Gleditsch-Ward state number of the second state (system gw)
WITH opts AS (
    SELECT coalesce(getvariable('parley_system'), 'iso3') AS system,
           coalesce(getvariable('parley_directed'), false) AS directed,
           coalesce(getvariable('parley_universe'), 'interacting') AS universe
),
hosts AS (
    SELECT m.meeting_id, p.iso3 AS host
    FROM meetings m
    JOIN meeting_participants p ON p.meeting_id = m.meeting_id AND p.actor_id = m.host_actor_id
),
activity AS (
    -- each record in the direction(s) it counts in
    SELECT source_iso3 AS iso_1, target_iso3 AS iso_2, date, 'statement' AS what, tone
    FROM events
    WHERE record_type = 'statement' AND date IS NOT NULL
    UNION ALL
    SELECT dyad_a, dyad_b, date, 'meeting', NULL FROM events WHERE record_type = 'meeting' AND date IS NOT NULL
    UNION ALL
    SELECT dyad_b, dyad_a, date, 'meeting', NULL FROM events WHERE record_type = 'meeting' AND date IS NOT NULL
    UNION ALL
    SELECT h.host, CASE WHEN h.host = e.dyad_a THEN e.dyad_b ELSE e.dyad_a END, e.date, 'hosted', NULL
    FROM events e
    JOIN hosts h ON h.meeting_id = e.record_id AND h.host IN (e.dyad_a, e.dyad_b)
    WHERE e.record_type = 'meeting' AND e.date IS NOT NULL
    UNION ALL
    SELECT bi.country_a, bi.country_b, d.published, 'issue', NULL
    FROM bilateral_issue bi
    JOIN document d ON d.id = bi.document_id
    WHERE d.published IS NOT NULL
    UNION ALL
    SELECT bi.country_b, bi.country_a, d.published, 'issue', NULL
    FROM bilateral_issue bi
    JOIN document d ON d.id = bi.document_id
    WHERE d.published IS NOT NULL
),
states AS (
    SELECT a.*, CAST(date_trunc('year', a.date) AS DATE) AS period
    FROM activity a
    JOIN country ca ON ca.iso3 = a.iso_1
    JOIN country cb ON cb.iso3 = a.iso_2
    WHERE ca.kind <> 'pseudo' AND cb.kind <> 'pseudo' AND a.iso_1 <> a.iso_2
),
member AS (
    -- spells of membership in the chosen system; G&W microstates are not members (as in peacesciencer)
    SELECT s.code, s.start_date, coalesce(s.end_date, DATE '9999-12-31') AS end_date
    FROM system_membership s
    JOIN opts o ON s.system = o.system
    WHERE s.system = 'cow' OR NOT s.microstate
),
keyed AS (
    -- iso3: the ISO3 codes; cow, gw: the state numbers at the date, both states members then
    SELECT s.iso_1 AS key_1, s.iso_2 AS key_2, s.period, s.what, s.tone
    FROM states s
    JOIN opts o ON o.system = 'iso3'
    UNION ALL
    SELECT lpad(CAST(c1.code AS VARCHAR), 3, '0'), lpad(CAST(c2.code AS VARCHAR), 3, '0'), s.period, s.what, s.tone
    FROM states s
    JOIN opts o ON o.system <> 'iso3'
    JOIN state_codes c1 ON c1.iso3 = s.iso_1 AND c1.system = o.system AND s.date BETWEEN c1.valid_from AND c1.valid_to
    JOIN state_codes c2 ON c2.iso3 = s.iso_2 AND c2.system = o.system AND s.date BETWEEN c2.valid_from AND c2.valid_to
    JOIN member m1 ON m1.code = c1.code AND s.date BETWEEN m1.start_date AND m1.end_date
    JOIN member m2 ON m2.code = c2.code AND s.date BETWEEN m2.start_date AND m2.end_date
    WHERE c1.code <> c2.code
),
directed AS (
    SELECT key_1, key_2, period,
           count(*) FILTER (WHERE what = 'meeting') AS meetings,
           count(*) FILTER (WHERE what = 'hosted') AS meetings_hosted,
           count(*) FILTER (WHERE what = 'statement') AS statements,
           count(*) FILTER (WHERE what = 'statement' AND tone = 'cooperative') AS statements_cooperative,
           count(*) FILTER (WHERE what = 'statement' AND tone = 'neutral') AS statements_neutral,
           count(*) FILTER (WHERE what = 'statement' AND tone = 'critical') AS statements_critical,
           count(*) FILTER (WHERE what = 'issue') AS issues
    FROM keyed
    GROUP BY key_1, key_2, period
),
counts AS (
    -- undirected: meetings and issues (counted in both directions) once, the directed counts summed
    SELECT CASE WHEN o.directed THEN d.key_1 ELSE least(d.key_1, d.key_2) END AS key_1,
           CASE WHEN o.directed THEN d.key_2 ELSE greatest(d.key_1, d.key_2) END AS key_2,
           d.period,
           CAST(sum(d.meetings) FILTER (WHERE o.directed OR d.key_1 < d.key_2) AS BIGINT) AS meetings,
           CAST(sum(d.meetings_hosted) AS BIGINT) AS meetings_hosted,
           CAST(sum(d.statements) AS BIGINT) AS statements,
           CAST(sum(d.statements_cooperative) AS BIGINT) AS statements_cooperative,
           CAST(sum(d.statements_neutral) AS BIGINT) AS statements_neutral,
           CAST(sum(d.statements_critical) AS BIGINT) AS statements_critical,
           CAST(sum(d.issues) FILTER (WHERE o.directed OR d.key_1 < d.key_2) AS BIGINT) AS issues
    FROM directed d
    CROSS JOIN opts o
    GROUP BY ALL
),
bounds AS (
    SELECT CAST(date_trunc('year', coalesce(getvariable('parley_start'), min(period))) AS DATE) AS lo,
           CAST(date_trunc('year', coalesce(getvariable('parley_end'), max(period))) AS DATE) AS hi
    FROM states
),
periods AS (
    SELECT period, CAST(period + INTERVAL 1 YEAR - INTERVAL 1 DAY AS DATE) AS period_end
    FROM (SELECT CAST(unnest(generate_series(lo, hi, INTERVAL 1 YEAR)) AS DATE) AS period FROM bounds WHERE lo <= hi)
),
present AS (
    SELECT p.period, m.code, greatest(m.start_date, p.period) AS lo, least(m.end_date, p.period_end) AS hi
    FROM periods p
    JOIN member m ON m.start_date <= p.period_end AND m.end_date >= p.period
),
coexist AS (
    -- ordered pairs of states that were both members on a same day of the period
    SELECT DISTINCT a.period, lpad(CAST(a.code AS VARCHAR), 3, '0') AS key_1, lpad(CAST(b.code AS VARCHAR), 3, '0') AS key_2
    FROM present a
    JOIN present b ON a.period = b.period AND a.code <> b.code AND greatest(a.lo, b.lo) <= least(a.hi, b.hi)
    CROSS JOIN opts o
    WHERE o.directed OR a.code < b.code
),
dyads AS (
    SELECT key_1, key_2 FROM counts
    UNION
    SELECT key_2, key_1 FROM counts JOIN opts o ON o.directed
),
cells AS (
    -- iso3: every dyad in every year; cow, gw: the years in which both states were members on a same day
    SELECT d.key_1, d.key_2, p.period
    FROM dyads d
    CROSS JOIN periods p
    JOIN opts o ON o.system = 'iso3'
    UNION ALL
    SELECT c.key_1, c.key_2, c.period
    FROM coexist c
    JOIN opts o ON o.system <> 'iso3'
    WHERE o.universe = 'all' OR (c.key_1, c.key_2) IN (SELECT (key_1, key_2) FROM dyads)
)
SELECT
    CASE WHEN o.system = 'iso3' THEN x.key_1 END AS country_a,
    CASE WHEN o.system = 'iso3' THEN x.key_2 END AS country_b,
    ca.cow_code AS cow_a,
    cb.cow_code AS cow_b,
    CASE WHEN o.system <> 'iso3' THEN CAST(x.key_1 AS INTEGER) END AS code_a,
    CASE WHEN o.system <> 'iso3' THEN CAST(x.key_2 AS INTEGER) END AS code_b,
    CAST(year(x.period) AS INTEGER) AS year,
    coalesce(c.meetings, 0) AS meetings,
    coalesce(c.meetings_hosted, 0) AS meetings_hosted,
    coalesce(c.statements, 0) AS statements,
    coalesce(c.statements_cooperative, 0) AS statements_cooperative,
    coalesce(c.statements_neutral, 0) AS statements_neutral,
    coalesce(c.statements_critical, 0) AS statements_critical,
    coalesce(c.issues, 0) AS issues
FROM cells x
CROSS JOIN opts o
LEFT JOIN counts c ON c.key_1 = x.key_1 AND c.key_2 = x.key_2 AND c.period = x.period
LEFT JOIN country ca ON o.system = 'iso3' AND ca.iso3 = x.key_1
LEFT JOIN country cb ON o.system = 'iso3' AND cb.iso3 = x.key_2
ORDER BY x.key_1, x.key_2, x.period

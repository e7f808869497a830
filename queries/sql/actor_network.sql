-- dataset: actor_network
-- title: Actor co-attendance network
-- grain: one row per unordered pair of actors (actor_a < actor_b) who attended at least one meeting together
-- description: A weighted, undirected network of actors: the weight is the number of meetings both
--   attended; the Jaccard weight divides it by the meetings either attended. Held meetings only
--   (planned ones too with include_planned).
-- filter: start/end on the meeting's date; countries keeps meetings with any of them as a party
-- columns:
--   actor_a          Id of the first actor (the lower id)
--   actor_a_name     Canonical name of the first actor
--   actor_a_kind     Kind of the first actor
--   actor_a_iso3     Country of affiliation of the first actor (ISO3)
--   actor_b          Id of the second actor
--   actor_b_name     Canonical name of the second actor
--   actor_b_kind     Kind of the second actor
--   actor_b_iso3     Country of affiliation of the second actor (ISO3)
--   meetings         Meetings both attended (the edge weight)
--   weight_jaccard   meetings / meetings attended by either
--   first_date       Date of their first meeting together
--   last_date        Date of their last meeting together
WITH attended AS (
    SELECT DISTINCT mp.meeting_id, mp.actor_id
    FROM meeting_participant mp
    JOIN meeting m ON m.id = mp.meeting_id
    WHERE m.status = 'held' OR (m.status = 'planned' AND getvariable('parley_include_planned'))
),
per_actor AS (
    SELECT actor_id, count(*) AS n FROM attended GROUP BY actor_id
),
pairs AS (
    SELECT a.actor_id AS actor_a, b.actor_id AS actor_b,
           count(*) AS meetings, min(m.date) AS first_date, max(m.date) AS last_date
    FROM attended a
    JOIN attended b ON a.meeting_id = b.meeting_id AND a.actor_id < b.actor_id
    JOIN meeting m ON m.id = a.meeting_id
    GROUP BY a.actor_id, b.actor_id
)
SELECT
    p.actor_a,
    aa.name AS actor_a_name,
    aa.kind AS actor_a_kind,
    aa.country AS actor_a_iso3,
    p.actor_b,
    ab.name AS actor_b_name,
    ab.kind AS actor_b_kind,
    ab.country AS actor_b_iso3,
    p.meetings,
    CAST(p.meetings AS DOUBLE) / (na.n + nb.n - p.meetings) AS weight_jaccard,
    p.first_date,
    p.last_date
FROM pairs p
JOIN per_actor na ON na.actor_id = p.actor_a
JOIN per_actor nb ON nb.actor_id = p.actor_b
LEFT JOIN actor aa ON aa.id = p.actor_a
LEFT JOIN actor ab ON ab.id = p.actor_b
ORDER BY p.actor_a, p.actor_b

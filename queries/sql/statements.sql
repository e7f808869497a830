-- dataset: statements
-- title: Statements
-- grain: one row per statement (a quotation or reported speech)
-- description: What was said, by whom, aimed at which country, in which tone. The date is the
--   publication date of the article; the speaker's country and role are those the article gives at
--   the time, else the actor's own.
-- filter: start/end on the article's publication date; countries with two codes or more keeps the
--   statements between them (speaker's country and target both one of them), with one code every
--   statement whose speaker's country or target it is
-- country_columns: speaker_iso3, target_iso3
-- partition: year
-- columns:
--   statement_id      =statement.id
--   date              Publication date of the article (the statement's date)
--   year              Year of that date
--   document_id       =statement.document_id
--   speaker_actor_id  =statement.speaker_actor_id
--   speaker_name      Canonical name of the speaker
--   speaker_kind      =actor.kind
--   speaker_role      Role code of the speaker at the time
--   speaker_iso3      Country of the speaker at the time (ISO3)
--   speaker_cow       Correlates of War code of the speaker's country
--   target_iso3       =statement.target_country
--   target_cow        Correlates of War code of the target country
--   tone              =statement.tone
--   direct            =statement.direct
--   partial           =statement.partial
--   cue               =statement.cue
--   meeting_id        =statement.meeting_id
--   quote             =statement.quote
--   sentence          =statement.sentence
--   url               =document.url
--   speaker_via       =statement.speaker_via
--   confidence        Support of the record in the extraction's own evidence, 0-1, from how the speaker was found, whether their country is known, the cue verb and direct or reported speech (formula and measured precision: docs/validate.md)
--   outlet            Outlet the article came from (=source.name)
--   source_origin     Input file or feed the article was read from (with source_external_id: its id in the corpus)
--   source_external_id  The article's id in that input
WITH -- the first id under which each article arrived (an article read under two ids is one document)
ref AS (
    SELECT document_id, arg_min(origin, id) AS origin, arg_min(external_id, id) AS external_id
    FROM document_ref
    GROUP BY document_id
),
speaker AS (
    -- the speaker's first mention in the article gives their country and role at the time
    SELECT document_id, actor_id,
           arg_min(country, start_char) AS country,
           arg_min(role, start_char) AS role
    FROM speaker_mention
    GROUP BY document_id, actor_id
)
SELECT
    s.id AS statement_id,
    d.published AS date,
    CAST(year(d.published) AS INTEGER) AS year,
    s.document_id,
    s.speaker_actor_id,
    a.name AS speaker_name,
    a.kind AS speaker_kind,
    coalesce(sp.role, a.role) AS speaker_role,
    coalesce(sp.country, a.country) AS speaker_iso3,
    sc.cow_code AS speaker_cow,
    s.target_country AS target_iso3,
    tc.cow_code AS target_cow,
    s.tone,
    s.direct,
    s.partial,
    s.cue,
    s.meeting_id,
    s.quote,
    s.sentence,
    d.url,
    s.speaker_via,
    -- docs/validate.md: 0.35 x how the speaker was found + 0.25 x speaker's country known + 0.25 x cue + 0.15 x form
    -- nullif: DuckDB would write a CASE of constants as a required Parquet column, unlike the others
    nullif(CAST(round(
        0.35 * CASE WHEN s.speaker_actor_id IS NULL THEN 0.6
                    WHEN s.speaker_via = 'name' THEN 1.0
                    WHEN s.speaker_via = 'title' THEN 0.7
                    WHEN s.speaker_via = 'pronoun' THEN 0.6
                    WHEN s.speaker_via = 'nearby' THEN 0.4
                    ELSE 0.6 END
        + 0.25 * CASE WHEN s.speaker_actor_id IS NULL THEN 0.5
                      WHEN coalesce(sp.country, a.country) IS NOT NULL THEN 1.0
                      ELSE 0.0 END
        + 0.25 * CASE WHEN s.cue IN ('say', 'tell', 'add', 'according to') THEN 1.0
                      WHEN s.cue IS NULL THEN 0.3
                      WHEN s.cue IN ('accuse', 'blame', 'criticise', 'criticize', 'condemn', 'denounce', 'attack',
                                     'reject', 'dismiss', 'rebuke', 'slam', 'praise', 'hail', 'welcome', 'commend',
                                     'thank', 'applaud', 'describe', 'term', 'label', 'dub', 'call', 'urge', 'ask',
                                     'warn') THEN 0.5
                      ELSE 0.7 END
        + 0.15 * CASE WHEN s.direct AND NOT s.partial THEN 1.0 WHEN s.direct THEN 0.7 ELSE 0.5 END,
        2) AS DOUBLE), -1) AS confidence,
    src.name AS outlet,
    r.origin AS source_origin,
    r.external_id AS source_external_id
FROM statement s
JOIN document d ON d.id = s.document_id
LEFT JOIN actor a ON a.id = s.speaker_actor_id
LEFT JOIN speaker sp ON sp.document_id = s.document_id AND sp.actor_id = s.speaker_actor_id
LEFT JOIN country sc ON sc.iso3 = coalesce(sp.country, a.country)
LEFT JOIN country tc ON tc.iso3 = s.target_country
LEFT JOIN source src ON src.id = d.source_id
LEFT JOIN ref r ON r.document_id = s.document_id
ORDER BY d.published NULLS LAST, s.id

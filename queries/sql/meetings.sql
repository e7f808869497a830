-- dataset: meetings
-- title: Meetings
-- grain: one row per meeting (talks, visit, summit, committee session, phone call), merged over the
--   articles that report it
-- description: Every meeting between parties of at least two countries (or a state and an
--   international organisation), with its status, date, place, kind, parties and first report.
--   Planned and cancelled meetings are listed with their status: only held ones (and planned ones
--   with include_planned) count in events, dyad_month, meeting_participants and actor_network.
--   JSON lists of the store (venue, descriptors) are joined with "; ".
-- filter: start/end on the meeting's date; countries with two codes or more keeps the meetings with at
--   least two of them as parties, with one code every meeting it is a party to
-- country_list: countries
-- columns:
--   meeting_id        =meeting.id
--   date              =meeting.date
--   year              Year of the meeting
--   date_basis        =meeting.date_basis
--   kind              =meeting.kind
--   status            =meeting.status
--   label             =meeting.label
--   location          =meeting.location
--   location_iso3     =meeting.location_country
--   location_cow      Correlates of War code of the place's country
--   venue             Venues named, separated by "; "
--   duration_minutes  =meeting.duration_minutes
--   descriptors       How the talks were characterised, separated by "; "
--   host_actor_id     =meeting.host_actor_id
--   host_name         Canonical name of the host
--   chair_actor_id    =meeting.chair_actor_id
--   chair_name        Canonical name of the chair
--   countries         ISO3 codes of the parties, sorted, separated by ";" (IGO: an international organisation)
--   n_countries       Number of parties
--   n_participants    Number of named participants
--   n_reports         Number of articles reporting the meeting
--   document_id       First article reporting it (earliest published, then lowest id)
--   published         Publication date of that article
--   url               Address of that article
--   sentence          Evidence sentence in that article
--   confidence        Support of the record in the extraction's own evidence, 0-1, from the articles reporting it, how it was dated and its named participants (formula and measured precision: docs/validate.md)
--   outlet            Outlet that article came from (=source.name)
--   source_origin     Input file or feed that article was read from (with source_external_id: its id in the corpus)
--   source_external_id  The article's id in that input
WITH -- the first id under which each article arrived (an article read under two ids is one document)
ref AS (
    SELECT document_id, arg_min(origin, id) AS origin, arg_min(external_id, id) AS external_id
    FROM document_ref
    GROUP BY document_id
),
parties AS (
    SELECT meeting_id,
           string_agg(country, ';' ORDER BY country) AS countries,
           count(*) AS n_countries
    FROM meeting_country
    GROUP BY meeting_id
),
people AS (
    SELECT meeting_id, count(*) AS n_participants
    FROM meeting_participant
    GROUP BY meeting_id
),
reports AS (
    SELECT r.meeting_id,
           count(*) AS n_reports,
           first(r.document_id ORDER BY d.published NULLS LAST, r.document_id) AS document_id,
           first(d.published ORDER BY d.published NULLS LAST, r.document_id) AS published,
           first(d.url ORDER BY d.published NULLS LAST, r.document_id) AS url,
           first(r.sentence ORDER BY d.published NULLS LAST, r.document_id) AS sentence
    FROM meeting_report r
    LEFT JOIN document d ON d.id = r.document_id
    GROUP BY r.meeting_id
)
SELECT
    m.id AS meeting_id,
    m.date,
    CAST(year(m.date) AS INTEGER) AS year,
    m.date_basis,
    m.kind,
    m.status,
    m.label,
    m.location,
    m.location_country AS location_iso3,
    lc.cow_code AS location_cow,
    nullif(array_to_string(json_extract_string(m.venue, '$[*]'), '; '), '') AS venue,
    m.duration_minutes,
    nullif(array_to_string(json_extract_string(m.descriptors, '$[*]'), '; '), '') AS descriptors,
    m.host_actor_id,
    h.name AS host_name,
    m.chair_actor_id,
    ch.name AS chair_name,
    p.countries,
    coalesce(p.n_countries, 0) AS n_countries,
    coalesce(pp.n_participants, 0) AS n_participants,
    coalesce(r.n_reports, 0) AS n_reports,
    r.document_id,
    r.published,
    r.url,
    r.sentence,
    -- docs/validate.md: 0.35 + reports across articles + date basis + named participants
    -- nullif: DuckDB would write a CASE of constants as a required Parquet column, unlike the others
    nullif(CAST(round(
        0.35
        + CASE WHEN coalesce(r.n_reports, 0) >= 3 THEN 0.25 WHEN r.n_reports = 2 THEN 0.15 ELSE 0.0 END
        + CASE m.date_basis WHEN 'explicit' THEN 0.2 WHEN 'relative' THEN 0.15 WHEN 'publication' THEN 0.05
                            ELSE 0.0 END
        + CASE WHEN coalesce(pp.n_participants, 0) >= 2 THEN 0.2 WHEN pp.n_participants = 1 THEN 0.1 ELSE 0.0 END,
        2) AS DOUBLE), -1) AS confidence,
    src.name AS outlet,
    ref.origin AS source_origin,
    ref.external_id AS source_external_id
FROM meeting m
LEFT JOIN country lc ON lc.iso3 = m.location_country
LEFT JOIN actor h ON h.id = m.host_actor_id
LEFT JOIN actor ch ON ch.id = m.chair_actor_id
LEFT JOIN parties p ON p.meeting_id = m.id
LEFT JOIN people pp ON pp.meeting_id = m.id
LEFT JOIN reports r ON r.meeting_id = m.id
LEFT JOIN document d ON d.id = r.document_id
LEFT JOIN source src ON src.id = d.source_id
LEFT JOIN ref ON ref.document_id = r.document_id
ORDER BY m.date NULLS LAST, m.id

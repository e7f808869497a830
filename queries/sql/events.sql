-- dataset: events
-- title: Events (GDELT/ICEWS-style)
-- grain: one row per actor-dyad event: a meeting, once for each pair of its parties' countries; a
--   statement by a speaker of one country aimed at another country
-- description: Interactions between two countries coded in CAMEO (with its Goldstein value and
--   GDELT QuadClass) and PLOVER, with both sides as ISO3 and Correlates of War codes, the leading
--   actor of each side, the source article and its evidence sentence. Meetings are CAMEO 04
--   "Consult" (041 phone call, 042 visit from visitor to host, 044 meeting in neither country of
--   the pair, else 040); statements are coded by tone (cooperative 050, neutral 010, critical 111).
--   The mapping and its sources are in queries/codes.py. Statements without a target or whose
--   speaker's country is unknown or the target itself are not events. Meetings are held ones only
--   (planned ones too with include_planned; cancelled ones never).
-- filter: start/end on the event's date; countries with two codes or more keeps the events between
--   them (both sides one of them), with one code every event it is a side of
-- country_columns: source_iso3, target_iso3
-- partition: year
-- columns:
--   event_id          Id of the event: record id, source ISO3 and target ISO3 joined by ":"
--   record_type       meeting or statement
--   record_id         Id of the meeting or statement
--   date              Date of the meeting, or publication date of the statement's article
--   year              Year of that date
--   source_iso3       Country of the side that acts (ISO3); for undirected events the lower code
--   source_cow        Correlates of War code of the source country at the date (state_codes; undated: today's)
--   source_actor_id   Leading actor of the source side (host, chair, head of delegation, ...; speaker)
--   source_actor      Canonical name of that actor
--   target_iso3       Country of the other side (ISO3)
--   target_cow        Correlates of War code of the target country at the date
--   target_actor_id   Leading actor of the target side at a meeting
--   target_actor      Canonical name of that actor
--   dyad_a            The lower ISO3 code of the pair (unordered dyad, as in dyad_month)
--   dyad_b            The higher ISO3 code of the pair
--   directed          True when source acts on target (visits, statements); false for mutual talks
--   cameo_code        CAMEO event code (a string: codes keep their leading zero)
--   cameo_root        CAMEO root code (first two digits)
--   cameo_label       CAMEO event label
--   goldstein         Goldstein conflict-cooperation value of the CAMEO code (-10 to +10)
--   quad_class        GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
--   plover_type       PLOVER event type (null: PLOVER has no type for a plain public statement)
--   plover_mode       PLOVER mode of the event type, if any
--   meeting_kind      =meeting.kind
--   tone              =statement.tone
--   document_id       Article the event comes from (a meeting's first report)
--   sentence          Evidence sentence in that article
--   url               Address of that article
--   source_gw         Gleditsch-Ward code of the source country at the date
--   target_gw         Gleditsch-Ward code of the target country at the date
--   in_cow_system     Both sides COW system members at the date (false: kept here, left out of the cow panels)
--   in_gw_system      Both sides G&W system members at the date, microstates not (false: left out of the gw panels)
--   confidence        Confidence of the meeting or statement the event comes from, 0-1 (docs/validate.md)
--   outlet            Outlet that article came from (=source.name)
--   source_origin     Input file or feed that article was read from (with source_external_id: its id in the corpus)
--   source_external_id  The article's id in that input
WITH lead AS (
    -- the leading participant of each country at each meeting
    SELECT meeting_id, iso3,
           first(actor_id ORDER BY CASE participant_role WHEN 'host' THEN 0 WHEN 'chair' THEN 1
                 WHEN 'head_of_delegation' THEN 2 WHEN 'mediator' THEN 3 ELSE 4 END,
                 actor_name, actor_id) AS actor_id
    FROM meeting_participants
    WHERE iso3 IS NOT NULL
    GROUP BY meeting_id, iso3
),
pairs AS (
    SELECT a.meeting_id, a.country AS iso_a, b.country AS iso_b
    FROM meeting_country a
    JOIN meeting_country b ON a.meeting_id = b.meeting_id AND a.country < b.country
),
meeting_events AS (
    SELECT p.meeting_id, p.iso_a, p.iso_b, m.date, m.kind, m.document_id, m.sentence, m.url, m.confidence,
           m.outlet, m.source_origin, m.source_external_id,
           hp.iso3 AS host_iso3,
           CASE
               WHEN m.kind = 'phone_call' THEN 'phone_call'
               WHEN m.kind = 'visit' AND hp.iso3 IN (p.iso_a, p.iso_b) THEN 'visit'
               WHEN m.location_iso3 IS NOT NULL AND m.location_iso3 NOT IN (p.iso_a, p.iso_b) THEN 'third_location'
               WHEN m.n_countries > 2 THEN 'meeting_multilateral'
               ELSE 'meeting'
           END AS event_key
    FROM pairs p
    JOIN meetings m ON m.meeting_id = p.meeting_id
    LEFT JOIN meeting_participants hp ON hp.meeting_id = m.meeting_id AND hp.actor_id = m.host_actor_id
    WHERE m.status = 'held' OR (m.status = 'planned' AND getvariable('parley_include_planned'))
),
coded AS (
    SELECT 'meeting' AS record_type, meeting_id AS record_id, date,
           CASE WHEN event_key = 'visit' AND host_iso3 = iso_a THEN iso_b ELSE iso_a END AS source_iso3,
           CASE WHEN event_key = 'visit' AND host_iso3 = iso_a THEN iso_a ELSE iso_b END AS source_other,
           NULL AS speaker_actor_id, event_key, kind AS meeting_kind, NULL AS tone, document_id, sentence, url,
           confidence, outlet, source_origin, source_external_id
    FROM meeting_events
    UNION ALL
    SELECT 'statement', statement_id, date, speaker_iso3, target_iso3, speaker_actor_id,
           'statement_' || tone, NULL, tone, document_id, sentence, url, confidence, outlet, source_origin,
           source_external_id
    FROM statements
    WHERE speaker_iso3 IS NOT NULL AND target_iso3 IS NOT NULL AND speaker_iso3 <> target_iso3
),
member AS (
    -- spells of membership; G&W microstates are not members of parley's G&W system (as in peacesciencer)
    SELECT system, code, start_date, coalesce(end_date, DATE '9999-12-31') AS end_date
    FROM system_membership
    WHERE system = 'cow' OR NOT microstate
)
SELECT
    e.record_id || ':' || e.source_iso3 || ':' || e.source_other AS event_id,
    e.record_type,
    e.record_id,
    e.date,
    CAST(year(e.date) AS INTEGER) AS year,
    e.source_iso3,
    sc.code AS source_cow,
    coalesce(e.speaker_actor_id, ls.actor_id) AS source_actor_id,
    sa.name AS source_actor,
    e.source_other AS target_iso3,
    tc.code AS target_cow,
    lt.actor_id AS target_actor_id,
    ta.name AS target_actor,
    least(e.source_iso3, e.source_other) AS dyad_a,
    greatest(e.source_iso3, e.source_other) AS dyad_b,
    (e.record_type = 'statement' OR e.event_key = 'visit') AS directed,
    k.cameo_code,
    substr(k.cameo_code, 1, 2) AS cameo_root,
    k.cameo_label,
    k.goldstein,
    k.quad_class,
    k.plover_type,
    k.plover_mode,
    e.meeting_kind,
    e.tone,
    e.document_id,
    e.sentence,
    e.url,
    sg.code AS source_gw,
    tg.code AS target_gw,
    CASE WHEN e.date IS NOT NULL THEN msc.code IS NOT NULL AND mtc.code IS NOT NULL END AS in_cow_system,
    CASE WHEN e.date IS NOT NULL THEN msg.code IS NOT NULL AND mtg.code IS NOT NULL END AS in_gw_system,
    e.confidence,
    e.outlet,
    e.source_origin,
    e.source_external_id
FROM coded e
JOIN event_code k ON k.event_key = e.event_key
LEFT JOIN state_codes sc ON sc.iso3 = e.source_iso3 AND sc.system = 'cow'
    AND coalesce(e.date, DATE '9999-12-31') BETWEEN sc.valid_from AND sc.valid_to
LEFT JOIN state_codes tc ON tc.iso3 = e.source_other AND tc.system = 'cow'
    AND coalesce(e.date, DATE '9999-12-31') BETWEEN tc.valid_from AND tc.valid_to
LEFT JOIN state_codes sg ON sg.iso3 = e.source_iso3 AND sg.system = 'gw'
    AND coalesce(e.date, DATE '9999-12-31') BETWEEN sg.valid_from AND sg.valid_to
LEFT JOIN state_codes tg ON tg.iso3 = e.source_other AND tg.system = 'gw'
    AND coalesce(e.date, DATE '9999-12-31') BETWEEN tg.valid_from AND tg.valid_to
LEFT JOIN member msc ON msc.system = 'cow' AND msc.code = sc.code AND e.date BETWEEN msc.start_date AND msc.end_date
LEFT JOIN member mtc ON mtc.system = 'cow' AND mtc.code = tc.code AND e.date BETWEEN mtc.start_date AND mtc.end_date
LEFT JOIN member msg ON msg.system = 'gw' AND msg.code = sg.code AND e.date BETWEEN msg.start_date AND msg.end_date
LEFT JOIN member mtg ON mtg.system = 'gw' AND mtg.code = tg.code AND e.date BETWEEN mtg.start_date AND mtg.end_date
LEFT JOIN lead ls ON e.record_type = 'meeting' AND ls.meeting_id = e.record_id AND ls.iso3 = e.source_iso3
LEFT JOIN lead lt ON e.record_type = 'meeting' AND lt.meeting_id = e.record_id AND lt.iso3 = e.source_other
LEFT JOIN actor sa ON sa.id = coalesce(e.speaker_actor_id, ls.actor_id)
LEFT JOIN actor ta ON ta.id = lt.actor_id
ORDER BY e.date NULLS LAST, event_id

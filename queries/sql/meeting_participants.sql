-- dataset: meeting_participants
-- title: Meeting participants (edge list)
-- grain: one row per actor at a meeting
-- description: The bipartite edge list between meetings and the named actors who took part, with
--   the role each played and the country each represented. Held meetings only (planned ones too
--   with include_planned).
-- filter: start/end on the meeting's date; countries keeps meetings with any of them as a party
-- columns:
--   meeting_id        =meeting_participant.meeting_id
--   date              =meeting.date
--   year              Year of the meeting
--   meeting_kind      =meeting.kind
--   actor_id          =meeting_participant.actor_id
--   actor_name        =actor.name
--   actor_kind        =actor.kind
--   actor_role        =actor.role
--   participant_role  =meeting_participant.role
--   iso3              Country the actor represented (ISO3), else the actor's country of affiliation
--   cow               Correlates of War code of that country
SELECT
    mp.meeting_id,
    m.date,
    CAST(year(m.date) AS INTEGER) AS year,
    m.kind AS meeting_kind,
    mp.actor_id,
    a.name AS actor_name,
    a.kind AS actor_kind,
    a.role AS actor_role,
    mp.role AS participant_role,
    coalesce(mp.country, a.country) AS iso3,
    c.cow_code AS cow
FROM meeting_participant mp
JOIN meeting m ON m.id = mp.meeting_id
LEFT JOIN actor a ON a.id = mp.actor_id
LEFT JOIN country c ON c.iso3 = coalesce(mp.country, a.country)
WHERE m.status = 'held' OR (m.status = 'planned' AND getvariable('parley_include_planned'))
ORDER BY m.date NULLS LAST, mp.meeting_id, mp.actor_id

-- meeting_participants, no filter
SELECT iso3, cow_code FROM country;
SELECT id, name, kind, country, role FROM actor;
SELECT id, date, kind, status FROM meeting;
SELECT meeting_id, actor_id, role, country FROM meeting_participant;

-- meeting_participants, start 2019-01-01, end 2019-12-31, countries IRN USA
SELECT iso3, cow_code FROM country;
SELECT id, name, kind, country, role FROM actor;
SELECT id, date, kind, status FROM meeting WHERE (date >= '2019-01-01' AND date <= '2019-12-31' AND id IN (SELECT meeting_id FROM meeting_country WHERE country IN ('IRN', 'USA')));
SELECT meeting_id, actor_id, role, country FROM meeting_participant WHERE (meeting_id IN (SELECT id FROM meeting WHERE date >= '2019-01-01' AND date <= '2019-12-31' AND id IN (SELECT meeting_id FROM meeting_country WHERE country IN ('IRN', 'USA'))));

-- actor_network, no filter
SELECT id, name, kind, country FROM actor;
SELECT id, date, status FROM meeting;
SELECT meeting_id, actor_id FROM meeting_participant;

-- actor_network, start 2019-01-01, end 2019-12-31, countries IRN USA
SELECT id, name, kind, country FROM actor;
SELECT id, date, status FROM meeting WHERE (date >= '2019-01-01' AND date <= '2019-12-31' AND id IN (SELECT meeting_id FROM meeting_country WHERE country IN ('IRN', 'USA')));
SELECT meeting_id, actor_id FROM meeting_participant WHERE (meeting_id IN (SELECT id FROM meeting WHERE date >= '2019-01-01' AND date <= '2019-12-31' AND id IN (SELECT meeting_id FROM meeting_country WHERE country IN ('IRN', 'USA'))));

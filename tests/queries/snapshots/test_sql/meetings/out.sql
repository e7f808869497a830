-- meetings, no filter
SELECT iso3, cow_code FROM country;
SELECT id, name FROM actor;
SELECT id, published, url FROM document;
SELECT id, date, date_basis, kind, status, label, location, location_country, venue, duration_minutes, descriptors, host_actor_id, chair_actor_id FROM meeting;
SELECT meeting_id, country FROM meeting_country;
SELECT meeting_id FROM meeting_participant;
SELECT meeting_id, document_id, sentence FROM meeting_report;

-- meetings, start 2019-01-01, end 2019-12-31, countries IRN USA
SELECT iso3, cow_code FROM country;
SELECT id, name FROM actor;
SELECT id, published, url FROM document WHERE ((published >= '2019-01-01' AND published <= '2019-12-31') OR id IN (SELECT document_id FROM meeting_report WHERE meeting_id IN (SELECT id FROM meeting WHERE date >= '2019-01-01' AND date <= '2019-12-31' AND id IN (SELECT meeting_id FROM meeting_country WHERE country IN ('IRN', 'USA')))));
SELECT id, date, date_basis, kind, status, label, location, location_country, venue, duration_minutes, descriptors, host_actor_id, chair_actor_id FROM meeting WHERE (date >= '2019-01-01' AND date <= '2019-12-31' AND id IN (SELECT meeting_id FROM meeting_country WHERE country IN ('IRN', 'USA')));
SELECT meeting_id, country FROM meeting_country WHERE (meeting_id IN (SELECT id FROM meeting WHERE date >= '2019-01-01' AND date <= '2019-12-31' AND id IN (SELECT meeting_id FROM meeting_country WHERE country IN ('IRN', 'USA'))));
SELECT meeting_id FROM meeting_participant WHERE (meeting_id IN (SELECT id FROM meeting WHERE date >= '2019-01-01' AND date <= '2019-12-31' AND id IN (SELECT meeting_id FROM meeting_country WHERE country IN ('IRN', 'USA'))));
SELECT meeting_id, document_id, sentence FROM meeting_report WHERE (meeting_id IN (SELECT id FROM meeting WHERE date >= '2019-01-01' AND date <= '2019-12-31' AND id IN (SELECT meeting_id FROM meeting_country WHERE country IN ('IRN', 'USA'))));

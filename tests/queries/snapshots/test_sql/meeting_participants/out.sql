-- meeting_participants, no filter
SELECT iso3, cow_code FROM country;
SELECT id, name FROM source;
SELECT id, name, kind, country, role FROM actor;
SELECT id, source_id, published, url FROM document;
SELECT id, document_id, origin, external_id FROM document_ref;
SELECT id, date, kind, status, location_country, host_actor_id, chair_actor_id FROM meeting;
SELECT meeting_id FROM meeting_country;
SELECT meeting_id, actor_id, role, country FROM meeting_participant;
SELECT meeting_id, document_id FROM meeting_report;

-- meeting_participants, start 2019-01-01, end 2019-12-31, countries IRN USA
SELECT iso3, cow_code FROM country;
SELECT id, name FROM source;
SELECT id, name, kind, country, role FROM actor;
SELECT id, source_id, published, url FROM document WHERE ((published >= '2019-01-01' AND published <= '2019-12-31') OR id IN (SELECT document_id FROM meeting_report WHERE meeting_id IN (SELECT id FROM meeting WHERE date >= '2019-01-01' AND date <= '2019-12-31' AND id IN (SELECT meeting_id FROM meeting_country WHERE country IN ('IRN', 'USA')))));
SELECT id, document_id, origin, external_id FROM document_ref WHERE (document_id IN (SELECT id FROM document WHERE (published >= '2019-01-01' AND published <= '2019-12-31') OR id IN (SELECT document_id FROM meeting_report WHERE meeting_id IN (SELECT id FROM meeting WHERE date >= '2019-01-01' AND date <= '2019-12-31' AND id IN (SELECT meeting_id FROM meeting_country WHERE country IN ('IRN', 'USA'))))));
SELECT id, date, kind, status, location_country, host_actor_id, chair_actor_id FROM meeting WHERE (date >= '2019-01-01' AND date <= '2019-12-31' AND id IN (SELECT meeting_id FROM meeting_country WHERE country IN ('IRN', 'USA')));
SELECT meeting_id FROM meeting_country WHERE (meeting_id IN (SELECT id FROM meeting WHERE date >= '2019-01-01' AND date <= '2019-12-31' AND id IN (SELECT meeting_id FROM meeting_country WHERE country IN ('IRN', 'USA'))));
SELECT meeting_id, actor_id, role, country FROM meeting_participant WHERE (meeting_id IN (SELECT id FROM meeting WHERE date >= '2019-01-01' AND date <= '2019-12-31' AND id IN (SELECT meeting_id FROM meeting_country WHERE country IN ('IRN', 'USA'))));
SELECT meeting_id, document_id FROM meeting_report WHERE (meeting_id IN (SELECT id FROM meeting WHERE date >= '2019-01-01' AND date <= '2019-12-31' AND id IN (SELECT meeting_id FROM meeting_country WHERE country IN ('IRN', 'USA'))));

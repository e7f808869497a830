-- statements, no filter
SELECT iso3, cow_code FROM country;
SELECT id, name FROM source;
SELECT id, name, kind, country, role FROM actor;
SELECT id, source_id, published, url FROM document;
SELECT id, document_id, origin, external_id FROM document_ref;
SELECT id, document_id, speaker_actor_id, quote, direct, partial, cue, target_country, tone, meeting_id, sentence, speaker_via FROM statement;
SELECT document_id, actor_id, country, role, start_char FROM actor_mention;

-- statements, start 2019-01-01, end 2019-12-31, countries IRN USA
SELECT iso3, cow_code FROM country;
SELECT id, name FROM source;
SELECT id, name, kind, country, role FROM actor;
SELECT id, source_id, published, url FROM document WHERE ((published >= '2019-01-01' AND published <= '2019-12-31') OR id IN (SELECT document_id FROM meeting_report WHERE meeting_id IN (SELECT id FROM meeting WHERE date >= '2019-01-01' AND date <= '2019-12-31' AND id IN (SELECT meeting_id FROM meeting_country WHERE country IN ('IRN', 'USA')))));
SELECT id, document_id, origin, external_id FROM document_ref WHERE (document_id IN (SELECT id FROM document WHERE (published >= '2019-01-01' AND published <= '2019-12-31') OR id IN (SELECT document_id FROM meeting_report WHERE meeting_id IN (SELECT id FROM meeting WHERE date >= '2019-01-01' AND date <= '2019-12-31' AND id IN (SELECT meeting_id FROM meeting_country WHERE country IN ('IRN', 'USA'))))));
SELECT id, document_id, speaker_actor_id, quote, direct, partial, cue, target_country, tone, meeting_id, sentence, speaker_via FROM statement WHERE (statement.document_id IN (SELECT id FROM document WHERE published >= '2019-01-01' AND published <= '2019-12-31') AND (statement.target_country IN ('IRN', 'USA') OR statement.speaker_actor_id IN (SELECT id FROM actor WHERE country IN ('IRN', 'USA')) OR EXISTS (SELECT 1 FROM actor_mention sm WHERE sm.document_id = statement.document_id AND sm.actor_id = statement.speaker_actor_id AND sm.country IN ('IRN', 'USA'))));
SELECT document_id, actor_id, country, role, start_char FROM actor_mention WHERE (document_id IN (SELECT s.document_id FROM statement s WHERE s.document_id IN (SELECT id FROM document WHERE published >= '2019-01-01' AND published <= '2019-12-31') AND (s.target_country IN ('IRN', 'USA') OR s.speaker_actor_id IN (SELECT id FROM actor WHERE country IN ('IRN', 'USA')) OR EXISTS (SELECT 1 FROM actor_mention sm WHERE sm.document_id = s.document_id AND sm.actor_id = s.speaker_actor_id AND sm.country IN ('IRN', 'USA')))));

-- bilateral_issues, no filter
SELECT iso3, cow_code FROM country;
SELECT code, label FROM issue;
SELECT id, name FROM source;
SELECT id, source_id, published, url FROM document;
SELECT id, document_id, origin, external_id FROM document_ref;
SELECT id, document_id, country_a, country_b, issue, statement_id, meeting_id, phrase, sentence FROM bilateral_issue;

-- bilateral_issues, start 2019-01-01, end 2019-12-31, countries IRN USA
SELECT iso3, cow_code FROM country;
SELECT code, label FROM issue;
SELECT id, name FROM source;
SELECT id, source_id, published, url FROM document WHERE ((published >= '2019-01-01' AND published <= '2019-12-31') OR id IN (SELECT document_id FROM meeting_report WHERE meeting_id IN (SELECT id FROM meeting WHERE date >= '2019-01-01' AND date <= '2019-12-31' AND id IN (SELECT meeting_id FROM meeting_country WHERE country IN ('IRN', 'USA')))));
SELECT id, document_id, origin, external_id FROM document_ref WHERE (document_id IN (SELECT id FROM document WHERE (published >= '2019-01-01' AND published <= '2019-12-31') OR id IN (SELECT document_id FROM meeting_report WHERE meeting_id IN (SELECT id FROM meeting WHERE date >= '2019-01-01' AND date <= '2019-12-31' AND id IN (SELECT meeting_id FROM meeting_country WHERE country IN ('IRN', 'USA'))))));
SELECT id, document_id, country_a, country_b, issue, statement_id, meeting_id, phrase, sentence FROM bilateral_issue WHERE (document_id IN (SELECT id FROM document WHERE published >= '2019-01-01' AND published <= '2019-12-31') AND (country_a IN ('IRN', 'USA') OR country_b IN ('IRN', 'USA')));

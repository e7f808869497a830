-- issue_salience, no filter
SELECT iso3, cow_code, kind FROM country;
SELECT code, label FROM issue;
SELECT id, published FROM document;
SELECT document_id, country_a, country_b, issue FROM bilateral_issue;

-- issue_salience, start 2019-01-01, end 2019-12-31, countries IRN USA
SELECT iso3, cow_code, kind FROM country;
SELECT code, label FROM issue;
SELECT id, published FROM document WHERE ((published >= '2019-01-01' AND published <= '2019-12-31') OR id IN (SELECT document_id FROM meeting_report WHERE meeting_id IN (SELECT id FROM meeting WHERE date >= '2019-01-01' AND date <= '2019-12-31' AND id IN (SELECT meeting_id FROM meeting_country WHERE country IN ('IRN', 'USA')))));
SELECT document_id, country_a, country_b, issue FROM bilateral_issue WHERE (document_id IN (SELECT id FROM document WHERE published >= '2019-01-01' AND published <= '2019-12-31') AND (country_a IN ('IRN', 'USA') OR country_b IN ('IRN', 'USA')));

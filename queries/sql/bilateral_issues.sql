-- dataset: bilateral_issues
-- title: Bilateral issues
-- grain: one row per article raising an issue between two countries (dyad ordered country_a < country_b)
-- description: Each issue an article raises between two countries, with the phrase that matched, the
--   evidence sentence, the meeting or statement it came from and its confidence. Dated by the
--   article's publication date; issue_salience counts these rows per dyad, issue and month.
-- filter: start/end on the article's publication date; countries keeps issues with either member one of them
-- country_columns: country_a, country_b
-- columns:
--   issue_id          =bilateral_issue.id
--   date              Publication date of the article (the issue's date)
--   year              Year of that date
--   document_id       =bilateral_issue.document_id
--   country_a         =bilateral_issue.country_a
--   country_b         =bilateral_issue.country_b
--   cow_a             Correlates of War code of country_a
--   cow_b             Correlates of War code of country_b
--   issue             =bilateral_issue.issue
--   issue_label       =issue.label
--   phrase            =bilateral_issue.phrase
--   meeting_id        =bilateral_issue.meeting_id
--   statement_id      =bilateral_issue.statement_id
--   n_articles_month  Articles raising the same issue between the same two countries in the same month of publication (1 when undated)
--   sentence          =bilateral_issue.sentence
--   outlet            Outlet the article came from (=source.name)
--   url               =document.url
--   confidence        Support of the record in the extraction's own evidence, 0-1, from the articles raising the same issue that month, its tie to a meeting or statement and the phrase matched (formula and measured precision: docs/validate.md)
--   source_origin     Input file or feed the article was read from (with source_external_id: its id in the corpus)
--   source_external_id  The article's id in that input
WITH -- the first id under which each article arrived (an article read under two ids is one document)
ref AS (
    SELECT document_id, arg_min(origin, id) AS origin, arg_min(external_id, id) AS external_id
    FROM document_ref
    GROUP BY document_id
),
dated AS (
    SELECT bi.*, d.published, d.url, d.source_id, CAST(date_trunc('month', d.published) AS DATE) AS month
    FROM bilateral_issue bi
    JOIN document d ON d.id = bi.document_id
),
monthly AS (
    SELECT country_a, country_b, issue, month, count(DISTINCT document_id) AS n_articles
    FROM dated
    WHERE month IS NOT NULL
    GROUP BY ALL
)
SELECT
    b.id AS issue_id,
    b.published AS date,
    CAST(year(b.published) AS INTEGER) AS year,
    b.document_id,
    b.country_a,
    b.country_b,
    ca.cow_code AS cow_a,
    cb.cow_code AS cow_b,
    b.issue,
    i.label AS issue_label,
    b.phrase,
    b.meeting_id,
    b.statement_id,
    coalesce(mo.n_articles, 1) AS n_articles_month,
    b.sentence,
    src.name AS outlet,
    b.url,
    -- docs/validate.md: 0.4 + articles raising it that month + tie to a meeting or statement + phrase of several words
    -- nullif: DuckDB would write a CASE of constants as a required Parquet column, unlike the others
    nullif(CAST(round(
        0.4
        + CASE WHEN coalesce(mo.n_articles, 1) >= 3 THEN 0.3 WHEN mo.n_articles = 2 THEN 0.2 ELSE 0.0 END
        + CASE WHEN b.meeting_id IS NOT NULL OR b.statement_id IS NOT NULL THEN 0.2 ELSE 0.0 END
        + CASE WHEN b.phrase LIKE '% %' THEN 0.1 ELSE 0.0 END,
        2) AS DOUBLE), -1) AS confidence,
    ref.origin AS source_origin,
    ref.external_id AS source_external_id
FROM dated b
LEFT JOIN monthly mo ON mo.country_a = b.country_a AND mo.country_b = b.country_b AND mo.issue = b.issue
    AND mo.month = b.month
LEFT JOIN country ca ON ca.iso3 = b.country_a
LEFT JOIN country cb ON cb.iso3 = b.country_b
LEFT JOIN issue i ON i.code = b.issue
LEFT JOIN source src ON src.id = b.source_id
LEFT JOIN ref ON ref.document_id = b.document_id
ORDER BY b.published NULLS LAST, b.id

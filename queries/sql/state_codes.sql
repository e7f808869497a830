-- dataset: state_codes
-- title: State numbers of the countries
-- grain: one row per country (ISO3), state system (cow, gw) and period in which the country has one
--   state number
-- description: The Correlates of War and Gleditsch-Ward state number that each ISO3 code of parley
--   stands for, and when: the country table's code at all dates, or the dated rules of
--   state_code_rule where one code is not enough (DEU is West Germany, COW 260, until 1990-10-02
--   and Germany, 255, from 1990-10-03; YEM is North Yemen, COW 678, until 1990-05-21 and Yemen,
--   679, from 1990-05-22; Serbia is G&W 345 until 2006-06-04 and 340 after). Whether the state was a
--   member of its system at a date is in system_membership; the cow and gw panels and the events'
--   membership flags are built from both.
-- filter: countries keeps the rows of those countries; dates do not apply
-- country_columns: iso3
-- columns:
--   iso3        Country (ISO3)
--   system      State system: cow (Correlates of War) or gw (Gleditsch-Ward)
--   code        State number in that system (ccode or gwcode)
--   valid_from  First day the number holds (0001-01-01: always)
--   valid_to    Last day the number holds (9999-12-31: still)
WITH ruled AS (
    SELECT DISTINCT iso3, system FROM state_code_rule
)
SELECT iso3, system, code,
       coalesce(valid_from, DATE '0001-01-01') AS valid_from,
       coalesce(valid_to, DATE '9999-12-31') AS valid_to
FROM state_code_rule
UNION ALL
SELECT c.iso3, s.system, CASE s.system WHEN 'cow' THEN c.cow_code ELSE c.gw_code END,
       DATE '0001-01-01', DATE '9999-12-31'
FROM country c
CROSS JOIN (VALUES ('cow'), ('gw')) AS s(system)
WHERE CASE s.system WHEN 'cow' THEN c.cow_code ELSE c.gw_code END IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM ruled r WHERE r.iso3 = c.iso3 AND r.system = s.system)
ORDER BY iso3, system, valid_from

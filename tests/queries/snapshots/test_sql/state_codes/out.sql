-- state_codes, no filter
SELECT iso3, cow_code, gw_code FROM country;
SELECT iso3, system, code, valid_from, valid_to FROM state_code_rule;

-- state_codes, start 2019-01-01, end 2019-12-31, countries IRN USA
SELECT iso3, cow_code, gw_code FROM country;
SELECT iso3, system, code, valid_from, valid_to FROM state_code_rule;

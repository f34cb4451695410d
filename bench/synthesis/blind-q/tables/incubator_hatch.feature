Feature: Incubator hatch dates
  Eggs hatch a fixed number of days after they are set in the incubator: hens after 21 days,
  ducks after 28, geese after 30 and quail after 17. Turning the eggs stops 3 days before the
  hatch date.

  Scenario Outline: planning a hatch
    Given "<bird>" eggs are set on "<set>"
    When the hatch is planned
    Then stop turning the eggs on "<lockdown>"
    And expect chicks on "<hatch>"

    Examples:
      | bird  | set        | lockdown   | hatch      |
      | hen   | 2026-03-01 | 2026-03-19 | 2026-03-22 |
      | duck  | 2026-03-01 | 2026-03-26 | 2026-03-29 |
      | goose | 2026-04-10 | 2026-05-07 | 2026-05-10 |
      | quail | 2026-06-20 | 2026-07-04 | 2026-07-07 |
      | hen   | 2026-12-20 | 2027-01-07 | 2027-01-10 |
      | duck  | 2028-02-10 | 2028-03-06 | 2028-03-09 |
      | hen   | 2027-02-10 | 2027-02-28 | 2027-03-03 |
      | goose | 2026-01-31 | 2026-02-27 | 2026-03-02 |
      | quail | 2028-02-27 | 2028-03-12 | 2028-03-15 |

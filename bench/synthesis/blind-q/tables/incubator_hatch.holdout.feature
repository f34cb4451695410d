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
      | hen   | 2026-07-15 | 2026-08-02 | 2026-08-05 |
      | duck  | 2026-11-20 | 2026-12-15 | 2026-12-18 |
      | goose | 2026-12-15 | 2027-01-11 | 2027-01-14 |
      | quail | 2027-02-20 | 2027-03-06 | 2027-03-09 |
      | hen   | 2028-02-15 | 2028-03-04 | 2028-03-07 |
      | duck  | 2026-05-31 | 2026-06-25 | 2026-06-28 |

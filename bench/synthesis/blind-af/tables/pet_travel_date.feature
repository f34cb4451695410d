Feature: Pet travel after a rabies jab
  A dog, cat or ferret may travel abroad from the 21st day after its rabies jab, so a
  jab on 1 March means travel from 22 March.

  Scenario Outline: the first day a pet may travel
    Given the rabies jab was given on "<jab>"
    When the first travel date is worked out
    Then the pet may travel from "<travel>"

    Examples:
      | jab        | travel     |
      | 2026-03-01 | 2026-03-22 |
      | 2026-01-15 | 2026-02-05 |
      | 2026-02-10 | 2026-03-03 |
      | 2028-02-10 | 2028-03-02 |
      | 2026-12-20 | 2027-01-10 |
      | 2027-04-30 | 2027-05-21 |
      | 2026-06-09 | 2026-06-30 |
      | 2026-06-10 | 2026-07-01 |
      | 2028-02-08 | 2028-02-29 |

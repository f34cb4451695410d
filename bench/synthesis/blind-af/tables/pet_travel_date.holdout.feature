Feature: Pet travel after a rabies jab
  A dog, cat or ferret may travel abroad from the 21st day after its rabies jab, so a
  jab on 1 March means travel from 22 March.

  Scenario Outline: the first day a pet may travel
    Given the rabies jab was given on "<jab>"
    When the first travel date is worked out
    Then the pet may travel from "<travel>"

    Examples:
      | jab        | travel     |
      | 2027-02-10 | 2027-03-03 |
      | 2029-12-31 | 2030-01-21 |
      | 2026-08-15 | 2026-09-05 |
      | 2027-09-25 | 2027-10-16 |
      | 2028-01-31 | 2028-02-21 |
      | 2030-11-20 | 2030-12-11 |

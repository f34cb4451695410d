Feature: Kitchen worktop fitting date
  Stone worktops are fitted 7 working days after the template is measured. The measuring
  day itself is not counted, Saturdays and Sundays are not working days, and bank holidays
  are ignored.

  Scenario Outline: booking the fitting
    Given the template is measured on "<measured>"
    When the fitting is booked
    Then the fitting date is "<fitted>"
    And the fitting day is "<day>"

    Examples:
      | measured   | fitted     | day       |
      | 2027-01-04 | 2027-01-13 | Wednesday |
      | 2027-01-08 | 2027-01-19 | Tuesday   |
      | 2027-02-24 | 2027-03-05 | Friday    |
      | 2027-03-06 | 2027-03-16 | Tuesday   |
      | 2027-03-07 | 2027-03-16 | Tuesday   |
      | 2027-04-29 | 2027-05-10 | Monday    |
      | 2026-12-22 | 2026-12-31 | Thursday  |
      | 2027-05-31 | 2027-06-09 | Wednesday |
      | 2027-12-24 | 2028-01-04 | Tuesday   |

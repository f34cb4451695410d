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
      | measured   | fitted     | day      |
      | 2027-01-26 | 2027-02-04 | Thursday |
      | 2027-05-01 | 2027-05-11 | Tuesday  |
      | 2027-06-23 | 2027-07-02 | Friday   |
      | 2028-02-18 | 2028-02-29 | Tuesday  |
      | 2027-10-31 | 2027-11-09 | Tuesday  |
      | 2027-09-02 | 2027-09-13 | Monday   |

Feature: Microgreens cutting date
  A tray is cut the given number of days after it was sown. Trays that come due on a Saturday
  or a Sunday are flagged for the weekend volunteers.

  Scenario Outline: the day a tray is cut
    Given a tray sown on "<sown>"
    And <days> days to grow
    When the cutting date is worked out
    Then the tray is cut on "<cut>"
    And it falls on a weekend: <weekend>

    Examples:
      | sown       | days | cut        | weekend |
      | 2027-03-01 | 10   | 2027-03-11 | no      |
      | 2027-01-25 | 12   | 2027-02-06 | yes     |
      | 2027-12-25 | 10   | 2028-01-04 | no      |
      | 2028-02-20 | 10   | 2028-03-01 | no      |
      | 2027-02-20 | 10   | 2027-03-02 | no      |
      | 2027-04-28 | 11   | 2027-05-09 | yes     |
      | 2027-06-03 | 8    | 2027-06-11 | no      |
      | 2027-08-20 | 17   | 2027-09-06 | no      |
      | 2027-10-30 | 7    | 2027-11-06 | yes     |

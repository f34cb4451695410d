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
      | 2027-05-27 | 9    | 2027-06-05 | yes     |
      | 2028-02-25 | 6    | 2028-03-02 | no      |
      | 2027-12-28 | 14   | 2028-01-11 | no      |
      | 2027-07-15 | 16   | 2027-07-31 | yes     |
      | 2027-09-24 | 20   | 2027-10-14 | no      |
      | 2027-11-19 | 9    | 2027-11-28 | yes     |

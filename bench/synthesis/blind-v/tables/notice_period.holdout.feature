Feature: Notice period
  Notice runs in whole calendar months from the day it is handed in: the last working day has
  the same day number that many months later, or is the last day of that month when the month
  is too short. The notice is also counted in days.

  Scenario Outline: working out the last day
    Given notice is handed in on "<handed_in>"
    And the notice period in months is <months>
    When the last working day is worked out
    Then the last working day is "<last_day>"
    And the notice lasts <days> days

    Examples:
      | handed_in  | months | last_day   | days |
      | 2027-04-30 | 1      | 2027-05-30 | 30   |
      | 2028-02-29 | 1      | 2028-03-29 | 29   |
      | 2029-01-29 | 1      | 2029-02-28 | 30   |
      | 2027-12-31 | 2      | 2028-02-29 | 60   |
      | 2027-07-31 | 3      | 2027-10-31 | 92   |
      | 2026-10-15 | 3      | 2027-01-15 | 92   |

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
      | 2027-03-15 | 1      | 2027-04-15 | 31   |
      | 2027-01-31 | 1      | 2027-02-28 | 28   |
      | 2028-01-31 | 1      | 2028-02-29 | 29   |
      | 2027-10-31 | 1      | 2027-11-30 | 30   |
      | 2027-12-10 | 1      | 2028-01-10 | 31   |
      | 2027-06-01 | 2      | 2027-08-01 | 61   |
      | 2027-08-31 | 2      | 2027-10-31 | 61   |
      | 2027-05-31 | 3      | 2027-08-31 | 92   |
      | 2027-11-30 | 3      | 2028-02-29 | 91   |

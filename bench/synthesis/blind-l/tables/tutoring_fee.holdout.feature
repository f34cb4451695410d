Feature: Tutoring fees
  A lesson costs the tutor's hourly rate for the minutes taught, rounded to the
  nearest cent (half a cent rounds up).

  Scenario Outline: invoicing a lesson
    Given a tutor charging <rate> an hour
    And a lesson of <minutes> minutes
    When the lesson is invoiced
    Then the lesson costs <cost>

    Examples:
      | rate  | minutes | cost  |
      | 36.00 | 35      | 21.00 |
      | 42.00 | 50      | 35.00 |
      | 25.00 | 55      | 22.92 |
      | 31.50 | 45      | 23.63 |
      | 50.00 | 15      | 12.50 |
      | 29.00 | 100     | 48.33 |

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
      | 30.00 | 60      | 30.00 |
      | 30.00 | 45      | 22.50 |
      | 35.00 | 50      | 29.17 |
      | 40.00 | 20      | 13.33 |
      | 28.50 | 90      | 42.75 |
      | 32.00 | 25      | 13.33 |
      | 45.00 | 75      | 56.25 |
      | 27.50 | 40      | 18.33 |
      | 38.70 | 55      | 35.48 |

Feature: Garden rain gauge
  The gauge is read on three mornings. The note gives the total rain with one
  decimal and the wettest of the three days; when two days tie, the earlier
  day is named, and with no rain at all the note says "no rain".

  Scenario Outline: writing the rain note
    Given <mon> mm of rain on Monday
    And <tue> mm of rain on Tuesday
    And <wed> mm of rain on Wednesday
    When the rain note is written
    Then the total is <total> mm
    And the wettest day is "<wettest>"

    Examples:
      | mon | tue | wed  | total | wettest   |
      | 0.4 | 0   | 0    | 0.4   | Monday    |
      | 5.5 | 5.5 | 5.5  | 16.5  | Monday    |
      | 3.2 | 8.8 | 10.1 | 22.1  | Wednesday |
      | 7   | 2.5 | 0    | 9.5   | Monday    |
      | 0   | 9.9 | 0.6  | 10.5  | Tuesday   |
      | 0   | 2.0 | 2.0  | 4.0   | Tuesday   |

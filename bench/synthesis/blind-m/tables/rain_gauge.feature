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
      | mon  | tue  | wed | total | wettest   |
      | 2.5  | 0    | 7.1 | 9.6   | Wednesday |
      | 12.0 | 3.4  | 0   | 15.4  | Monday    |
      | 0    | 0.2  | 0.1 | 0.3   | Tuesday   |
      | 4.0  | 4.0  | 1.5 | 9.5   | Monday    |
      | 0    | 0    | 0   | 0.0   | no rain   |
      | 1.1  | 6.3  | 6.3 | 13.7  | Tuesday   |
      | 0    | 0    | 3   | 3.0   | Wednesday |
      | 18.6 | 22.9 | 5.7 | 47.2  | Tuesday   |

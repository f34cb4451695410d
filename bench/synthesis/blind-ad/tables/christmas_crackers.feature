Feature: Christmas crackers
  Crackers come in boxes of 12 and boxes of 6. We buy the fewest crackers that give
  every guest one, and then the fewest boxes.

  Scenario Outline: crackers for the table
    Given <guests> guests are coming for dinner
    When the crackers are ordered
    Then the number of big boxes is <big>
    And the number of small boxes is <small>

    Examples:
      | guests | big | small |
      | 2      | 0   | 1     |
      | 6      | 0   | 1     |
      | 7      | 1   | 0     |
      | 12     | 1   | 0     |
      | 13     | 1   | 1     |
      | 18     | 1   | 1     |
      | 19     | 2   | 0     |
      | 30     | 2   | 1     |
      | 31     | 3   | 0     |

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
      | 4      | 0   | 1     |
      | 10     | 1   | 0     |
      | 24     | 2   | 0     |
      | 25     | 2   | 1     |
      | 40     | 3   | 1     |
      | 47     | 4   | 0     |

Feature: Pothole reports

  Scenario Outline: what happens to a reported pothole
    Given a pothole <depth> mm deep
    When the highways inspector grades it
    Then the response is "<response>"

    Examples:
      | depth | response                  |
      | 5     | add to monitoring list    |
      | 33    | add to monitoring list    |
      | 41    | repair within 28 days     |
      | 66    | repair within 28 days     |
      | 90    | make safe within 24 hours |
      | 250   | make safe within 24 hours |

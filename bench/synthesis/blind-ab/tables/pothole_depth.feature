Feature: Pothole reports

  Scenario Outline: what happens to a reported pothole
    Given a pothole <depth> mm deep
    When the highways inspector grades it
    Then the response is "<response>"

    Examples:
      | depth | response                  |
      | 12    | add to monitoring list    |
      | 25    | add to monitoring list    |
      | 39    | add to monitoring list    |
      | 40    | repair within 28 days     |
      | 58    | repair within 28 days     |
      | 74    | repair within 28 days     |
      | 75    | make safe within 24 hours |
      | 110   | make safe within 24 hours |

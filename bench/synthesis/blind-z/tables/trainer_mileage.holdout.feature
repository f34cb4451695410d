Feature: Trainer mileage

  Scenario Outline: what the running app says about my trainers
    Given my trainers have done <miles> miles
    When the app checks the trainers
    Then it says "<advice>"

    Examples:
      | miles | advice                       |
      | 2     | plenty of life left          |
      | 275   | plenty of life left          |
      | 333   | start looking for a new pair |
      | 480   | start looking for a new pair |
      | 515   | time to replace them         |
      | 1100  | time to replace them         |

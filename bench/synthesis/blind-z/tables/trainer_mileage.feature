Feature: Trainer mileage

  Scenario Outline: what the running app says about my trainers
    Given my trainers have done <miles> miles
    When the app checks the trainers
    Then it says "<advice>"

    Examples:
      | miles | advice                       |
      | 12    | plenty of life left          |
      | 150   | plenty of life left          |
      | 299   | plenty of life left          |
      | 300   | start looking for a new pair |
      | 420   | start looking for a new pair |
      | 499   | start looking for a new pair |
      | 500   | time to replace them         |
      | 640   | time to replace them         |

Feature: Record shop divider cards

  Scenario Outline: writing a divider card for a band
    Given a band called "<band>"
    When the divider card is written
    Then the divider card says "<card>"

    Examples:
      | band                  | card                  |
      | The Cure              | Cure, The             |
      | A Tribe Called Quest  | Tribe Called Quest, A |
      | Elbow                 | Elbow                 |
      | Them Crooked Vultures | Them Crooked Vultures |
      | Athlete               | Athlete               |
      | The Beautiful South   | Beautiful South, The  |

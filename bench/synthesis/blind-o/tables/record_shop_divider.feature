Feature: Record shop divider cards

  Scenario Outline: writing a divider card for a band
    Given a band called "<band>"
    When the divider card is written
    Then the divider card says "<card>"

    Examples:
      | band                  | card                  |
      | The Kinks             | Kinks, The            |
      | Blur                  | Blur                  |
      | A Flock of Seagulls   | Flock of Seagulls, A  |
      | Theatre of Hate       | Theatre of Hate       |
      | ABBA                  | ABBA                  |
      | The The               | The, The              |
      | Echo and the Bunnymen | Echo and the Bunnymen |
      | The Rolling Stones    | Rolling Stones, The   |
      | Aztec Camera          | Aztec Camera          |

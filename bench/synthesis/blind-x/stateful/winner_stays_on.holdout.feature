Feature: Winner stays on
  Two play at a time on the pub pool table. The winner stays on and plays the next
  name on the chalkboard; the loser goes off. Nobody can be on the table and the
  board at once.

  Scenario: a long evening
    Given Eve and Fin are at the table
    When Gus chalks up their name
    And Hal chalks up their name
    And Ivy chalks up their name
    And Fin beats Eve
    And Gus beats Fin
    Then the players at the table are Gus and Hal
    And next up is Ivy

  Scenario: a rematch
    Given Ann and Bob are at the table
    When Ann beats Bob
    And Bob chalks up their name
    Then the players at the table are Ann and Bob
    When Bob chalks up their name
    Then the landlord says "Bob is already playing"
    When Cal chalks up their name
    And Ann beats Bob
    Then the players at the table are Ann and Cal
    And the board is empty

  Scenario: mixed up names
    Given Eve and Fin are at the table
    When Gus chalks up their name
    And Eve beats Gus
    Then the landlord says "Gus is not playing"
    When Eve chalks up their name
    Then the landlord says "Eve is already playing"
    When Fin beats Eve
    Then the players at the table are Fin and Gus
    And the board is empty

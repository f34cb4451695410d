Feature: Winner stays on
  Two play at a time on the pub pool table. The winner stays on and plays the next
  name on the chalkboard; the loser goes off. Nobody can be on the table and the
  board at once.

  Scenario: the next challenger
    Given Ann and Bob are at the table
    When Cal chalks up their name
    And Dee chalks up their name
    And Ann beats Bob
    Then the players at the table are Ann and Cal
    And next up is Dee

  Scenario: nobody left on the board
    Given Ann and Bob are at the table
    When Cal chalks up their name
    And Bob beats Ann
    And Cal beats Bob
    Then only Cal is at the table
    And the board is empty
    When Ann chalks up their name
    Then the players at the table are Cal and Ann

  Scenario: names already up
    Given Ann and Bob are at the table
    When Bob chalks up their name
    Then the landlord says "Bob is already playing"
    When Cal chalks up their name
    And Cal chalks up their name
    Then the landlord says "Cal is already on the board"
    And next up is Cal

  Scenario: a result that cannot be right
    Given Ann and Bob are at the table
    When Cal beats Ann
    Then the landlord says "Cal is not playing"
    When Ann beats Bob
    Then only Ann is at the table
    When Bob chalks up their name
    Then the players at the table are Ann and Bob

Feature: Ice hockey penalty box
  A minor penalty is 2 minutes in the box and a major one 5 minutes, counted down only while
  play runs. A team has 5 skaters on the ice, less its players in the box. When a team
  scores, the minor penalty of the other team with the least time left ends at once; major
  penalties are always served in full. The box lists players in the order they went in.

  Scenario: two minors and a goal
    Given the penalty box is empty
    When "Ek" of the "away" team gets a minor penalty
    And 45 seconds of play pass
    And "Sato" of the "away" team gets a minor penalty
    And "Novak" of the "home" team gets a major penalty
    Then the box shows "Ek 1:15, Sato 2:00, Novak 5:00"
    And the "away" team has 3 skaters on the ice
    When the "home" team scores
    Then the box shows "Sato 2:00, Novak 5:00"
    When 150 seconds of play pass
    Then the box shows "Novak 2:30"
    And the "away" team has 5 skaters on the ice

  Scenario: back in the box
    Given the penalty box is empty
    When "Kane" of the "home" team gets a minor penalty
    And "Kane" of the "home" team gets a minor penalty
    Then the scorer says "Kane is already in the box"
    When 125 seconds of play pass
    And "Kane" of the "home" team gets a major penalty
    Then the box shows "Kane 5:00"
    And the "home" team has 4 skaters on the ice

  Scenario: a goal with only a major to serve
    Given the penalty box is empty
    When "Lind" of the "away" team gets a minor penalty
    And "Berg" of the "away" team gets a major penalty
    And 100 seconds of play pass
    And the "home" team scores
    And the "home" team scores
    Then the box shows "Berg 3:20"
    And the "away" team has 4 skaters on the ice
    And the "home" team has 5 skaters on the ice

Feature: Ice hockey penalty box
  A minor penalty is 2 minutes in the box and a major one 5 minutes, counted down only while
  play runs. A team has 5 skaters on the ice, less its players in the box. When a team
  scores, the minor penalty of the other team with the least time left ends at once; major
  penalties are always served in full. The box lists players in the order they went in.

  Scenario: a minor runs out
    Given the penalty box is empty
    When "Novak" of the "home" team gets a minor penalty
    Then the box shows "Novak 2:00"
    And the "home" team has 4 skaters on the ice
    When 90 seconds of play pass
    Then the box shows "Novak 0:30"
    When 40 seconds of play pass
    Then the box shows "empty"
    And the "home" team has 5 skaters on the ice

  Scenario: a goal ends a minor
    Given the penalty box is empty
    When "Berg" of the "away" team gets a major penalty
    And "Lind" of the "away" team gets a minor penalty
    Then the "away" team has 3 skaters on the ice
    And the box shows "Berg 5:00, Lind 2:00"
    When the "home" team scores
    Then the box shows "Berg 5:00"
    And the "away" team has 4 skaters on the ice

  Scenario: the shorter minor ends first
    Given the penalty box is empty
    When "Kane" of the "home" team gets a minor penalty
    And 60 seconds of play pass
    And "Ross" of the "home" team gets a minor penalty
    Then the box shows "Kane 1:00, Ross 2:00"
    When the "away" team scores
    Then the box shows "Ross 2:00"
    When "Ross" of the "home" team gets a minor penalty
    Then the scorer says "Ross is already in the box"
    And the "home" team has 4 skaters on the ice

  Scenario: a major is served in full
    Given the penalty box is empty
    When "Berg" of the "away" team gets a major penalty
    And the "home" team scores
    Then the box shows "Berg 5:00"
    When 200 seconds of play pass
    Then the box shows "Berg 1:40"
    When the "away" team scores
    Then the box shows "Berg 1:40"
    When 100 seconds of play pass
    Then the box shows "empty"

  Scenario: both teams short
    Given the penalty box is empty
    When "Novak" of the "home" team gets a minor penalty
    And "Lind" of the "away" team gets a minor penalty
    And 30 seconds of play pass
    And the "home" team scores
    Then the box shows "Novak 1:30"
    And the "home" team has 4 skaters on the ice
    And the "away" team has 5 skaters on the ice

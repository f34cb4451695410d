Feature: Babysitting circle
  Families in the circle pay each other in tokens, one token for each hour of sitting. Every
  family starts with 10 tokens when it joins, and nobody can spend tokens they do not have.

  Scenario: a whole weekend
    Given the Patels have joined the circle
    And the Browns have joined the circle
    When the Patels sit for the Browns for 10 hours
    Then the Browns' token count is 0
    And the Patels' token count is 20
    When the Browns sit for the Patels for 7 hours
    Then the Browns' token count is 7
    And the Patels' token count is 13

  Scenario: a new family runs short
    Given the Murphys have joined the circle
    When the Okafors join the circle
    And the Murphys sit for the Okafors for 8 hours
    Then the Okafors' token count is 2
    When the Murphys sit for the Okafors for 3 hours
    Then the circle secretary says "the Okafors only have 2 tokens"
    When the Okafors join the circle
    Then the circle secretary says "the Okafors are already in the circle"
    And the Murphys' token count is 18

  Scenario: joining just in time
    Given the Browns have joined the circle
    When the Browns sit for the Patels for 4 hours
    Then the circle secretary says "the Patels are not in the circle"
    When the Patels join the circle
    Then the Patels' token count is 10
    When the Browns sit for the Patels for 10 hours
    And the Browns sit for the Patels for 5 hours
    Then the circle secretary says "the Patels have no tokens left"
    And the Browns' token count is 20

Feature: Babysitting circle
  Families in the circle pay each other in tokens, one token for each hour of sitting. Every
  family starts with 10 tokens when it joins, and nobody can spend tokens they do not have.

  Scenario: an evening out
    Given the Patels have joined the circle
    And the Okafors have joined the circle
    When the Patels sit for the Okafors for 3 hours
    Then the Patels' token count is 13
    And the Okafors' token count is 7

  Scenario: running out of tokens
    Given the Patels have joined the circle
    And the Okafors have joined the circle
    And the Browns have joined the circle
    When the Browns sit for the Okafors for 6 hours
    Then the Okafors' token count is 4
    And the Browns' token count is 16
    When the Patels sit for the Okafors for 5 hours
    Then the circle secretary says "the Okafors only have 4 tokens"
    And the Okafors' token count is 4
    When the Patels sit for the Okafors for 4 hours
    Then the Okafors' token count is 0
    And the Patels' token count is 14
    When the Browns sit for the Okafors for 2 hours
    Then the circle secretary says "the Okafors have no tokens left"

  Scenario: joining
    Given the Patels have joined the circle
    When the Murphys join the circle
    Then the Murphys' token count is 10
    When the Patels join the circle
    Then the circle secretary says "the Patels are already in the circle"

  Scenario: sitting for a family outside the circle
    Given the Okafors have joined the circle
    When the Okafors sit for the Smiths for 2 hours
    Then the circle secretary says "the Smiths are not in the circle"
    When the Smiths join the circle
    And the Okafors sit for the Smiths for 2 hours
    Then the Okafors' token count is 12
    And the Smiths' token count is 8

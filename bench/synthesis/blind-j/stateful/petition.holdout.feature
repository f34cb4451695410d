Feature: Online petition

  Scenario: back to the goal
    Given a petition that needs 4 signatures
    When "dev@post.org" signs
    And "eli@post.org" signs
    And "fay@post.org" signs
    And "gus@post.org" signs
    Then the petition shows "goal reached"
    When "eli@post.org" withdraws
    Then the petition shows "collecting"
    When "eli@post.org" signs
    Then the petition has 4 signatures
    And the petition shows "goal reached"

  Scenario: withdrawing twice
    Given a petition that needs 3 signatures
    When "hal@post.org" signs
    And "hal@post.org" withdraws
    And "hal@post.org" withdraws
    Then the signature is refused with "no signature to withdraw"
    And the petition has 0 signatures
    And the petition shows "collecting"

  Scenario: a goal of one
    Given a petition that needs 1 signatures
    When "ivy@post.org" signs
    Then the petition shows "goal reached"
    When "ivy@post.org" signs
    Then the signature is refused with "already signed"
    And the petition has 1 signatures

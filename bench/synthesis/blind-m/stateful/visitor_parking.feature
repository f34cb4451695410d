Feature: Visitor parking permits

  Scenario: one permit used
    Given each flat gets 2 visitor permits a day
    When flat 12 prints a visitor permit
    Then flat 12 sees "1 permit left today"

  Scenario: all permits used
    Given each flat gets 2 visitor permits a day
    When flat 12 prints a visitor permit
    And flat 12 prints a visitor permit
    Then flat 12 sees "no permits left today"
    When flat 12 prints a visitor permit
    Then the permit is refused with "flat 12 has no permits left today"
    And flat 4 sees "2 permits left today"

  Scenario: a new day
    Given each flat gets 3 visitor permits a day
    When flat 7 prints a visitor permit
    And flat 7 prints a visitor permit
    And a new day starts
    Then flat 7 sees "3 permits left today"

  Scenario: one permit a day
    Given each flat gets 1 visitor permit a day
    When flat 7 prints a visitor permit
    And flat 9 prints a visitor permit
    Then flat 9 sees "no permits left today"
    When a new day starts
    And flat 9 prints a visitor permit
    Then flat 9 sees "no permits left today"
    And flat 7 sees "1 permit left today"

  Scenario: unused permits do not carry over
    Given each flat gets 2 visitor permits a day
    When flat 3 prints a visitor permit
    And a new day starts
    And flat 3 prints a visitor permit
    And flat 3 prints a visitor permit
    And flat 3 prints a visitor permit
    Then the permit is refused with "flat 3 has no permits left today"

Feature: Visitor parking permits

  Scenario: a busy weekend
    Given each flat gets 4 visitor permits a day
    When flat 21 prints a visitor permit
    And flat 21 prints a visitor permit
    And flat 21 prints a visitor permit
    Then flat 21 sees "1 permit left today"
    When flat 21 prints a visitor permit
    And flat 21 prints a visitor permit
    Then the permit is refused with "flat 21 has no permits left today"
    When a new day starts
    Then flat 21 sees "4 permits left today"

  Scenario: neighbours
    Given each flat gets 2 visitor permits a day
    When flat 5 prints a visitor permit
    And flat 6 prints a visitor permit
    And flat 6 prints a visitor permit
    Then flat 5 sees "1 permit left today"
    When flat 6 prints a visitor permit
    Then the permit is refused with "flat 6 has no permits left today"
    When a new day starts
    And a new day starts
    Then flat 6 sees "2 permits left today"

Feature: Baby name shortlist
  Alex and Sam are choosing a baby name. A name goes on the shortlist as soon as both of
  them like it, and the shortlist keeps the order in which names got there. Either parent
  may veto a name: it comes off the shortlist, any likes for it are forgotten, and nobody
  can like it again.

  Scenario: both parents have to like a name
    Given no names have been picked yet
    When Alex likes "Isla"
    Then the shortlist is empty
    When Sam likes "Isla"
    And Sam likes "Noah"
    And Alex likes "Noah"
    Then the shortlist is "Isla, Noah"

  Scenario: a vetoed name stays out
    Given no names have been picked yet
    When Alex likes "Ruby"
    And Alex likes "Ruby"
    Then the app says "Alex already likes Ruby"
    When Sam likes "Ruby"
    And Sam vetoes "Ruby"
    Then the shortlist is empty
    When Alex likes "Ruby"
    Then the app says "Ruby was vetoed"

  Scenario: a veto forgets the likes
    Given no names have been picked yet
    When Sam likes "Otto"
    And Sam likes "Ada"
    And Alex likes "Ada"
    Then the names liked by one parent only are 1
    When Alex vetoes "Otto"
    Then the names liked by one parent only are 0
    When Sam likes "Otto"
    Then the app says "Otto was vetoed"
    And the shortlist is "Ada"

  Scenario: a name can be vetoed before anyone likes it
    Given no names have been picked yet
    When Alex vetoes "Max"
    And Sam vetoes "Max"
    Then the app says "Max was vetoed"
    When Alex likes "Leo"
    And Sam likes "Leo"
    And Sam likes "Leo"
    Then the app says "Sam already likes Leo"
    And the shortlist is "Leo"

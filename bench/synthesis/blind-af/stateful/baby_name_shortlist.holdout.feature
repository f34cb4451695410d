Feature: Baby name shortlist
  Alex and Sam are choosing a baby name. A name goes on the shortlist as soon as both of
  them like it, and the shortlist keeps the order in which names got there. Either parent
  may veto a name: it comes off the shortlist, any likes for it are forgotten, and nobody
  can like it again.

  Scenario: the order in which names are agreed
    Given no names have been picked yet
    When Sam likes "Ivy"
    And Alex likes "Finn"
    And Alex likes "Ivy"
    And Sam likes "Finn"
    Then the shortlist is "Ivy, Finn"

  Scenario: a shortlisted name is vetoed
    Given no names have been picked yet
    When Alex likes "Zoe"
    And Sam likes "Zoe"
    And Alex likes "Eve"
    And Alex vetoes "Zoe"
    Then the shortlist is empty
    And the names liked by one parent only are 1
    When Sam vetoes "Zoe"
    Then the app says "Zoe was vetoed"

  Scenario: liking a name twice
    Given no names have been picked yet
    When Sam likes "Kit"
    And Sam likes "Kit"
    Then the app says "Sam already likes Kit"
    When Alex likes "Kit"
    And Alex likes "Kit"
    Then the app says "Alex already likes Kit"
    And the shortlist is "Kit"

Feature: Nativity play casting
  The school nativity play has one Mary, one Joseph, one innkeeper and up to 3 shepherds.
  Each child plays one part at most. A child can give a part up, and the part can then go
  to someone else.

  Scenario: the main parts
    Given a nativity play with no parts cast
    When "Ada" is cast as "Mary"
    And "Ben" is cast as "Joseph"
    Then the part of "Ada" is "Mary"
    When "Cal" is cast as "Mary"
    Then the teacher is told "Mary is already cast"
    And the part of "Cal" is "none"

  Scenario: the shepherds
    Given a nativity play with no parts cast
    When "Dan" is cast as "shepherd"
    And "Eve" is cast as "shepherd"
    And "Fin" is cast as "shepherd"
    Then the shepherds cast are 3
    When "Gia" is cast as "shepherd"
    Then the teacher is told "all 3 shepherds are cast"
    When "Eve" gives up the part
    And "Gia" is cast as "shepherd"
    Then the shepherds cast are 3
    And the part of "Eve" is "none"

  Scenario: one part each
    Given a nativity play with no parts cast
    When "Ada" is cast as "innkeeper"
    And "Ada" is cast as "Joseph"
    Then the teacher is told "Ada already has a part"
    When "Ada" gives up the part
    And "Ada" is cast as "Joseph"
    Then the part of "Ada" is "Joseph"

  Scenario: nothing to give up
    Given a nativity play with no parts cast
    When "Ben" gives up the part
    Then the teacher is told "Ben has no part"
    When "Ben" is cast as "shepherd"
    Then the shepherds cast are 1
    And the part of "Ben" is "shepherd"

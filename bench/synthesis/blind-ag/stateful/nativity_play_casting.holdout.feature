Feature: Nativity play casting
  The school nativity play has one Mary, one Joseph, one innkeeper and up to 3 shepherds.
  Each child plays one part at most. A child can give a part up, and the part can then go
  to someone else.

  Scenario: a new Joseph
    Given a nativity play with no parts cast
    When "Hana" is cast as "Joseph"
    And "Ivo" is cast as "Joseph"
    Then the teacher is told "Joseph is already cast"
    When "Hana" gives up the part
    And "Ivo" is cast as "Joseph"
    Then the part of "Ivo" is "Joseph"
    And the part of "Hana" is "none"

  Scenario: a shepherd who wanted to be Mary
    Given a nativity play with no parts cast
    When "Jem" is cast as "shepherd"
    And "Kai" is cast as "shepherd"
    And "Jem" is cast as "Mary"
    Then the teacher is told "Jem already has a part"
    And the shepherds cast are 2

  Scenario: shepherds coming and going
    Given a nativity play with no parts cast
    When "Lia" is cast as "shepherd"
    And "Mo" is cast as "shepherd"
    And "Nel" is cast as "shepherd"
    And "Mo" gives up the part
    And "Mo" gives up the part
    Then the teacher is told "Mo has no part"
    When "Ola" is cast as "shepherd"
    And "Pat" is cast as "shepherd"
    Then the teacher is told "all 3 shepherds are cast"
    And the shepherds cast are 3

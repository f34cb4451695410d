Feature: Primary school admissions
  Children with a brother or sister already at the school are offered a place if they live
  less than 3000 metres away, and go on the waiting list if they live further. Other children
  are offered a place under 1500 metres, go on the waiting list from 1500 metres, and get no
  place from 3000 metres.

  Scenario Outline: deciding an application
    Given the family lives <distance> metres from the school
    And a brother or sister is already at the school: <sibling>
    When the application is assessed
    Then the outcome is "<outcome>"

    Examples:
      | distance | sibling | outcome         |
      | 60       | no      | offered a place |
      | 820      | yes     | offered a place |
      | 2100     | no      | waiting list    |
      | 2600     | yes     | offered a place |
      | 4400     | no      | no place        |
      | 9000     | yes     | waiting list    |

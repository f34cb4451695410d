Feature: Nursery room
  Babies under a year old are in the Baby Room. From one year, children who are walking
  move up to the Toddler Room, and those not walking yet stay in the Baby Room until they
  are two. Everyone is in the Toddler Room from two and in the Preschool Room from three.

  Scenario Outline: choosing a room for a child
    Given the child is <months> months old
    And the child is walking: <walking>
    When the nursery picks a room
    Then the child goes in the "<room>"

    Examples:
      | months | walking | room           |
      | 3      | no      | Baby Room      |
      | 9      | yes     | Baby Room      |
      | 18     | yes     | Toddler Room   |
      | 20     | no      | Baby Room      |
      | 30     | yes     | Toddler Room   |
      | 54     | yes     | Preschool Room |

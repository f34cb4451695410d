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
      | 6      | no      | Baby Room      |
      | 11     | yes     | Baby Room      |
      | 12     | yes     | Toddler Room   |
      | 12     | no      | Baby Room      |
      | 23     | no      | Baby Room      |
      | 24     | no      | Toddler Room   |
      | 35     | yes     | Toddler Room   |
      | 36     | yes     | Preschool Room |
      | 48     | yes     | Preschool Room |

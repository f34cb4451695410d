Feature: Food bank shelves
  Donations add tins to the shelf of their item. A food parcel takes the
  listed tins off the shelves. If any item is short, the whole parcel is
  refused with "short of" and the first short item in the parcel list, and
  nothing is taken. Only parcels that were packed count for the day.

  Scenario: running low on beans
    Given the shelf holds 6 tins of "beans"
    And the shelf holds 6 tins of "soup"
    When a parcel with "2 beans, 2 soup" is packed
    And a parcel with "2 beans, 2 soup" is packed
    And a parcel with "3 beans" is packed
    Then the parcel is refused with "short of beans"
    And the shelf holds 2 tins of "beans"
    And 2 parcels have been packed today

  Scenario: a donation that is not quite enough
    Given the shelf holds 0 tins of "rice"
    And the shelf holds 5 tins of "tuna"
    When 3 tins of "rice" are donated
    And a parcel with "2 tuna, 4 rice" is packed
    Then the parcel is refused with "short of rice"
    And the shelf holds 3 tins of "rice"
    And the shelf holds 5 tins of "tuna"
    When a parcel with "2 tuna, 3 rice" is packed
    Then the shelf holds 3 tins of "tuna"
    And the shelf holds 0 tins of "rice"
    And 1 parcels have been packed today

  Scenario: short of two things
    Given the shelf holds 2 tins of "soup"
    And the shelf holds 1 tins of "beans"
    When a parcel with "3 soup, 2 beans" is packed
    Then the parcel is refused with "short of soup"
    And 0 parcels have been packed today
